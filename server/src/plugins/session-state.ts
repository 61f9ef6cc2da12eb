import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { organizations, refreshTokens, users } from '../db/schema.ts';

/** What the database says about the session an access token claims. */
export interface SessionClaims {
  sub: string;
  sid: string;
  role: string;
  org: string | null;
}

/**
 * Whether an access token's session is still live: its user exists and is enabled, has the
 * role and enterprise the token claims, the enterprise is enabled, and the token's refresh
 * family (`sid`) still has a token that is not revoked (logout, a detected refresh reuse and a
 * password change revoke it). One indexed query, remembered for `ttlMs` per (user, session):
 * a disabled account or an ended session stops working within that bound on every instance,
 * and at once on the instance that ended it (`forget`).
 */
export function createSessionStateChecker(db: Db, ttlMs: number, maxEntries = 20_000) {
  const cache = new Map<string, { at: number; live: Promise<boolean> }>();

  async function query(c: SessionClaims): Promise<boolean> {
    const [row] = await db
      .select({
        role: users.role,
        organizationId: users.organizationId,
        userDisabledAt: users.disabledAt,
        orgDisabledAt: organizations.disabledAt,
        live: sql<boolean>`exists (select 1 from ${refreshTokens}
          where ${refreshTokens.familyId} = ${c.sid} and ${refreshTokens.userId} = ${users.id}
            and ${refreshTokens.revokedAt} is null)`,
      })
      .from(users)
      .leftJoin(organizations, eq(organizations.id, users.organizationId))
      .where(eq(users.id, c.sub));
    return (
      !!row &&
      row.live === true &&
      row.userDisabledAt === null &&
      row.orgDisabledAt === null &&
      row.role === c.role &&
      row.organizationId === c.org
    );
  }

  return {
    isLive(c: SessionClaims): Promise<boolean> {
      const key = `${c.sub}:${c.sid}:${c.role}:${c.org ?? ''}`;
      const now = Date.now();
      const hit = cache.get(key);
      if (hit && now - hit.at < ttlMs) return hit.live;
      if (cache.size >= maxEntries) {
        for (const [k, v] of cache) if (now - v.at >= ttlMs) cache.delete(k);
        if (cache.size >= maxEntries) cache.clear();
      }
      const live = query(c);
      // A failed query (database away) is not remembered: the next request asks again.
      live.catch(() => cache.delete(key));
      if (ttlMs > 0) cache.set(key, { at: now, live });
      return live;
    },
    /** Drops what this instance remembers of a user's sessions (after logout, revocation). */
    forget(userId: string) {
      for (const k of cache.keys()) if (k.startsWith(`${userId}:`)) cache.delete(k);
    },
  };
}
export type SessionStateChecker = ReturnType<typeof createSessionStateChecker>;
