import { and, count, desc, eq, gte, like, lt, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { auditEvents, users } from '../../db/schema.ts';

export interface AuditFilters {
  actorId?: string | undefined;
  organizationId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export function createAuditRepository(db: Tx) {
  function where(f: AuditFilters): SQL | undefined {
    const conds: SQL[] = [];
    if (f.actorId) conds.push(eq(auditEvents.actorId, f.actorId));
    if (f.organizationId) conds.push(eq(auditEvents.organizationId, f.organizationId));
    if (f.action?.endsWith('*')) {
      // Actions are [a-z0-9_.]: only `_` needs escaping to stay literal.
      conds.push(like(auditEvents.action, `${f.action.slice(0, -1).replace(/_/g, '\\_')}%`));
    } else if (f.action) conds.push(eq(auditEvents.action, f.action));
    if (f.entityType) conds.push(eq(auditEvents.entityType, f.entityType));
    if (f.entityId) conds.push(eq(auditEvents.entityId, f.entityId));
    if (f.from) conds.push(gte(auditEvents.at, f.from));
    if (f.to) conds.push(lt(auditEvents.at, f.to));
    return conds.length ? and(...conds) : undefined;
  }

  return {
    /** Newest first; the actor's email joined (null for anonymous events). */
    async list(f: AuditFilters, page: number, limit: number, tx: Tx = db) {
      const w = where(f);
      const rows = await tx
        .select({ event: auditEvents, actorEmail: users.email })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(w)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(limit)
        .offset((page - 1) * limit);
      const [total] = await tx.select({ n: count() }).from(auditEvents).where(w);
      return { rows, total: total?.n ?? 0 };
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
