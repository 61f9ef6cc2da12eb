import type { Actor } from './actor.ts';
import type { Tx } from '../db/client.ts';
import { auditEvents } from '../db/schema.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  organizationId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Overrides the actor's user (e.g. the account a failed login was for). */
  actorId?: string | null;
  actorRole?: string | null;
}

/** Appends one audit event in the caller's transaction, so it commits with the change. */
export async function audit(tx: Tx, actor: Actor | null, e: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    organizationId: e.organizationId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    actorId: e.actorId !== undefined ? e.actorId : (actor?.userId ?? null),
    actorRole: e.actorRole !== undefined ? e.actorRole : (actor?.role ?? null),
    ip: actor?.ip ?? null,
    requestId: actor?.requestId ?? null,
  });
}
