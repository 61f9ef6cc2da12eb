import type { AuditEventView } from '@zhiping/shared';
import type { Db } from '../../db/client.ts';
import { createAuditRepository, type AuditFilters } from './repository.ts';

export interface AuditQuery extends Omit<AuditFilters, 'from' | 'to'> {
  page: number;
  limit: number;
  from?: string | undefined;
  to?: string | undefined;
}

export function createAuditService(deps: { db: Db }) {
  const repo = createAuditRepository(deps.db);
  return {
    async list(q: AuditQuery) {
      const { rows, total } = await repo.list(
        {
          ...q,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(q.to) : undefined,
        },
        q.page,
        q.limit,
      );
      const items: AuditEventView[] = rows.map(({ event: e, actorEmail }) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorId: e.actorId,
        actorEmail,
        actorRole: e.actorRole,
        organizationId: e.organizationId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before,
        after: e.after,
        ip: e.ip,
        requestId: e.requestId,
      }));
      return { items, page: q.page, limit: q.limit, total };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
