import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { assessments, organizations, refreshTokens, users } from '../../db/schema.ts';
import { defined } from '../../lib/invariant.ts';

export type UserRow = typeof users.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;

/** `%` and `_` in a search are literal characters, not patterns. */
export const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const disabledIs = (
  column: typeof users.disabledAt | typeof organizations.disabledAt,
  on: boolean,
) => (on ? isNotNull(column) : isNull(column));

export interface OrganizationFilters {
  q?: string | undefined;
  disabled?: boolean | undefined;
}

export interface UserFilters {
  role?: string | undefined;
  organizationId?: string | undefined;
  q?: string | undefined;
  disabled?: boolean | undefined;
}

export function createAdminUserRepository(db: Tx) {
  return {
    async listOrganizations(f: OrganizationFilters, page: number, limit: number, tx: Tx = db) {
      const conds: SQL[] = [];
      if (f.q) {
        const p = likePattern(f.q);
        conds.push(
          defined(
            or(ilike(organizations.name, p), ilike(organizations.creditCode, p)),
            'search condition',
          ),
        );
      }
      if (f.disabled !== undefined) conds.push(disabledIs(organizations.disabledAt, f.disabled));
      const where = conds.length ? and(...conds) : undefined;
      const rows = await tx
        .select({
          org: organizations,
          // Written out: drizzle leaves columns unqualified in a one-table select list.
          userCount:
            sql<number>`(select count(*) from users u where u.organization_id = organizations.id)`.mapWith(
              Number,
            ),
          assessmentCount:
            sql<number>`(select count(*) from assessments a where a.organization_id = organizations.id)`.mapWith(
              Number,
            ),
        })
        .from(organizations)
        .where(where)
        .orderBy(desc(organizations.createdAt), asc(organizations.id))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx.select({ n: count() }).from(organizations).where(where);
      return { rows, total: total?.n ?? 0 };
    },

    async findOrganization(id: string, tx: Tx = db) {
      const [row] = await tx.select().from(organizations).where(eq(organizations.id, id));
      return row;
    },

    async findOrganizationForUpdate(id: string, tx: Tx) {
      const [row] = await tx
        .select()
        .from(organizations)
        .where(eq(organizations.id, id))
        .for('update');
      return row;
    },

    async setOrganizationDisabledAt(id: string, at: Date | null, tx: Tx) {
      const [row] = await tx
        .update(organizations)
        .set({ disabledAt: at })
        .where(eq(organizations.id, id))
        .returning();
      return defined(row, 'the row just written');
    },

    async organizationCounts(id: string, tx: Tx = db) {
      const [u] = await tx.select({ n: count() }).from(users).where(eq(users.organizationId, id));
      const [a] = await tx
        .select({ n: count() })
        .from(assessments)
        .where(eq(assessments.organizationId, id));
      return { userCount: u?.n ?? 0, assessmentCount: a?.n ?? 0 };
    },

    async listUsers(f: UserFilters, page: number, limit: number, tx: Tx = db) {
      const conds: SQL[] = [];
      if (f.role) conds.push(eq(users.role, f.role));
      if (f.organizationId) conds.push(eq(users.organizationId, f.organizationId));
      if (f.q) conds.push(ilike(users.email, likePattern(f.q)));
      if (f.disabled !== undefined) conds.push(disabledIs(users.disabledAt, f.disabled));
      const where = conds.length ? and(...conds) : undefined;
      const rows = await tx
        .select({ user: users, organizationName: organizations.name })
        .from(users)
        .leftJoin(organizations, eq(organizations.id, users.organizationId))
        .where(where)
        .orderBy(asc(users.email))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx.select({ n: count() }).from(users).where(where);
      return { rows, total: total?.n ?? 0 };
    },

    async findUserForUpdate(id: string, tx: Tx) {
      const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
      return row;
    },

    async emailTaken(email: string, tx: Tx = db) {
      const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      return row !== undefined;
    },

    async insertUser(values: typeof users.$inferInsert, tx: Tx) {
      const [row] = await tx.insert(users).values(values).returning();
      return defined(row, 'the row just written');
    },

    async updateUser(id: string, set: Partial<typeof users.$inferInsert>, tx: Tx) {
      const [row] = await tx.update(users).set(set).where(eq(users.id, id)).returning();
      return defined(row, 'the row just written');
    },

    /** Ends every session of these users: their refresh tokens stop working at once. */
    async revokeRefreshTokens(userIds: string[], tx: Tx) {
      if (!userIds.length) return;
      await tx
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(and(inArray(refreshTokens.userId, userIds), isNull(refreshTokens.revokedAt)));
    },

    async userIdsOf(organizationId: string, tx: Tx) {
      const rows = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.organizationId, organizationId));
      return rows.map((r) => r.id);
    },
  };
}
export type AdminUserRepository = ReturnType<typeof createAdminUserRepository>;
