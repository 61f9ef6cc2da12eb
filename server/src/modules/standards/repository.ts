import { and, asc, count, eq, exists, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  indicatorSystems,
  indicatorSystemVersions,
  standardLinks,
  standards,
} from '../../db/schema.ts';
import { defined } from '../../lib/invariant.ts';

export type StandardRow = typeof standards.$inferSelect;
export type LinkRow = typeof standardLinks.$inferSelect;

export interface StandardFilters {
  systemCode?: string | undefined;
  subdomainId?: string | undefined;
  includeUncertain: boolean;
  frameworkCode?: string | undefined;
  q?: string | undefined;
}

/** `%` and `_` in a search are literal characters, not patterns. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createStandardRepository(db: Tx) {
  function where(f: StandardFilters): SQL | undefined {
    const conds: SQL[] = [];
    if (!f.includeUncertain) conds.push(eq(standards.uncertain, false));
    if (f.frameworkCode) conds.push(ilike(standards.frameworkCode, `${f.frameworkCode}%`));
    if (f.q) {
      const pattern = `%${likeEscape(f.q)}%`;
      conds.push(
        defined(
          or(
            ilike(standards.number, pattern),
            ilike(sql`${standards.title}->>'zh'`, pattern),
            ilike(sql`${standards.title}->>'en'`, pattern),
          ),
          'search condition',
        ),
      );
    }
    if (f.systemCode || f.subdomainId) {
      const link: SQL[] = [eq(standardLinks.standardId, standards.id)];
      if (f.systemCode) link.push(eq(standardLinks.systemCode, f.systemCode));
      if (f.subdomainId) link.push(eq(standardLinks.subdomainId, f.subdomainId));
      conds.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(standardLinks)
            .where(and(...link)),
        ),
      );
    }
    return conds.length ? and(...conds) : undefined;
  }

  return {
    async list(f: StandardFilters, page: number, limit: number, tx: Tx = db) {
      const w = where(f);
      const rows = await tx
        .select()
        .from(standards)
        .where(w)
        .orderBy(asc(standards.number))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx.select({ n: count() }).from(standards).where(w);
      return { rows, total: total?.n ?? 0 };
    },

    async linksOf(ids: string[], tx: Tx = db): Promise<LinkRow[]> {
      if (!ids.length) return [];
      return tx
        .select()
        .from(standardLinks)
        .where(inArray(standardLinks.standardId, ids))
        .orderBy(asc(standardLinks.systemCode), asc(standardLinks.subdomainId));
    },

    async find(id: string, tx: Tx = db) {
      const [row] = await tx.select().from(standards).where(eq(standards.id, id));
      return row;
    },

    async findForUpdate(id: string, tx: Tx) {
      const [row] = await tx.select().from(standards).where(eq(standards.id, id)).for('update');
      return row;
    },

    /** Another standard with this number (the one being edited excluded). */
    async numberTaken(number: string, exceptId: string | null, tx: Tx = db) {
      const [row] = await tx
        .select({ id: standards.id })
        .from(standards)
        .where(
          exceptId
            ? and(eq(standards.number, number), ne(standards.id, exceptId))
            : eq(standards.number, number),
        );
      return row !== undefined;
    },

    async insert(values: typeof standards.$inferInsert, tx: Tx) {
      const [row] = await tx.insert(standards).values(values).returning();
      return defined(row, 'the row just written');
    },

    async update(id: string, set: Partial<typeof standards.$inferInsert>, tx: Tx) {
      const [row] = await tx
        .update(standards)
        .set({ ...set, updatedAt: new Date() })
        .where(eq(standards.id, id))
        .returning();
      return defined(row, 'the row just written');
    },

    async remove(id: string, tx: Tx) {
      await tx.delete(standards).where(eq(standards.id, id));
    },

    async replaceLinks(id: string, links: Omit<LinkRow, 'standardId'>[], tx: Tx) {
      await tx.delete(standardLinks).where(eq(standardLinks.standardId, id));
      if (links.length) {
        await tx.insert(standardLinks).values(links.map((l) => ({ ...l, standardId: id })));
      }
    },

    /** Versions a link may point into: the published and draft versions of a system code. */
    async linkableVersionIds(systemCode: string, tx: Tx = db) {
      const rows = await tx
        .select({ id: indicatorSystemVersions.id })
        .from(indicatorSystemVersions)
        .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
        .where(
          and(
            eq(indicatorSystems.code, systemCode),
            inArray(indicatorSystemVersions.status, ['published', 'draft']),
          ),
        );
      return rows.map((r) => r.id);
    },
  };
}
export type StandardRepository = ReturnType<typeof createStandardRepository>;
