import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import {
  invitations,
  organizations,
  refreshTokens,
  registrationRequests,
  users,
} from '../../db/schema.ts';
import { defined } from '../../lib/invariant.ts';

export type UserRow = typeof users.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;
export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export function createAuthRepository(db: Tx) {
  return {
    async findUserByEmail(email: string, tx: Tx = db) {
      const [u] = await tx.select().from(users).where(eq(users.email, email));
      return u;
    },
    async findUserById(id: string, tx: Tx = db) {
      const [u] = await tx.select().from(users).where(eq(users.id, id));
      return u;
    },
    async findOrganization(id: string, tx: Tx = db) {
      const [o] = await tx.select().from(organizations).where(eq(organizations.id, id));
      return o;
    },
    async findOrganizationByCreditCode(code: string, tx: Tx = db) {
      const [o] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.creditCode, code));
      return o;
    },
    async insertOrganization(values: typeof organizations.$inferInsert, tx: Tx = db) {
      const [o] = await tx.insert(organizations).values(values).returning();
      return defined(o, 'the organization just inserted');
    },
    async insertUser(values: typeof users.$inferInsert, tx: Tx = db) {
      const [u] = await tx.insert(users).values(values).returning();
      return defined(u, 'the user just inserted');
    },
    async updatePassword(userId: string, passwordHash: string, tx: Tx = db) {
      await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: new Date() })
        .where(eq(users.id, userId));
    },
    async insertRefreshToken(values: typeof refreshTokens.$inferInsert, tx: Tx = db) {
      await tx.insert(refreshTokens).values(values);
    },
    /** Locks the row: two refreshes racing with one token cannot both rotate it. */
    async findRefreshTokenForUpdate(tokenHash: string, tx: Tx) {
      const [t] = await tx
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash))
        .for('update');
      return t;
    },
    /** Rotated now; the successor kept sealed for the grace window (refresh-seal.ts). */
    async markRotated(id: string, successorSealed: string, tx: Tx) {
      await tx
        .update(refreshTokens)
        .set({ rotatedAt: new Date(), successorSealed })
        .where(eq(refreshTokens.id, id));
    },
    async revokeFamily(familyId: string, tx: Tx = db) {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },
    async revokeAllForUser(userId: string, tx: Tx = db) {
      await tx
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    },
    async insertRegistrationRequest(values: typeof registrationRequests.$inferInsert, tx: Tx = db) {
      await tx.insert(registrationRequests).values(values);
    },
    async findRegistrationRequestForUpdate(tokenHash: string, tx: Tx) {
      const [r] = await tx
        .select()
        .from(registrationRequests)
        .where(eq(registrationRequests.tokenHash, tokenHash))
        .for('update');
      return r;
    },
    async deleteStaleRegistrationRequests(expiredBefore: Date, tx: Tx = db) {
      await tx
        .delete(registrationRequests)
        .where(lt(registrationRequests.expiresAt, expiredBefore));
    },
    async markRegistrationConfirmed(id: string, tx: Tx) {
      await tx
        .update(registrationRequests)
        .set({ confirmedAt: new Date() })
        .where(eq(registrationRequests.id, id));
    },
    async insertInvitation(values: typeof invitations.$inferInsert, tx: Tx = db) {
      const [i] = await tx.insert(invitations).values(values).returning();
      return defined(i, 'the invitation just inserted');
    },
    async findInvitationForUpdate(tokenHash: string, tx: Tx) {
      const [i] = await tx
        .select()
        .from(invitations)
        .where(eq(invitations.tokenHash, tokenHash))
        .for('update');
      return i;
    },
    async markInvitationAccepted(id: string, tx: Tx) {
      await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, id));
    },
  };
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
