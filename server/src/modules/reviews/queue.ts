import type { AssessmentStatus, ReviewQueueItem, reviewQueueQuerySchema } from '@zhiping/shared';
import { and, eq, inArray, isNotNull, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { assessments, organizations } from '../../db/schema.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { createReviewRepository } from './repository.ts';
import { defined } from '../../lib/invariant.ts';

type QueueQuery = z.output<typeof reviewQueueQuerySchema>;
const IN_REVIEW: AssessmentStatus[] = ['in_review', 'returned'];

/**
 * The queue. assigned: in review or returned, assigned to the caller (an admin: to anyone);
 * claimable: submitted and unassigned; all: both, plus the caller's signed-off ones (an
 * admin: everything past draft).
 */
export async function reviewQueue(db: Db, user: AccessClaims, q: QueueQuery) {
  const repo = createReviewRepository(db);
  const mine =
    user.role === 'admin'
      ? isNotNull(assessments.assessorId)
      : eq(assessments.assessorId, user.sub);
  const claimable = defined(
    and(eq(assessments.status, 'submitted'), isNull(assessments.assessorId)),
    'claimable condition',
  );
  const scope: Record<QueueQuery['scope'], SQL> = {
    assigned: defined(and(mine, inArray(assessments.status, IN_REVIEW)), 'assigned condition'),
    claimable,
    all:
      user.role === 'admin'
        ? ne(assessments.status, 'draft')
        : defined(or(and(mine, ne(assessments.status, 'draft')), claimable), 'queue condition'),
  };
  const conds: SQL[] = [scope[q.scope]];
  if (q.industry) conds.push(eq(organizations.industry, q.industry));
  if (q.status) conds.push(eq(assessments.status, q.status));
  const { rows, total } = await repo.queue(and(...conds), q.page, q.limit);
  const items: ReviewQueueItem[] = rows.map((r) => ({
    id: r.row.id,
    title: r.row.title,
    status: r.row.status as AssessmentStatus,
    organization: r.organization,
    version: { systemCode: r.systemCode, version: r.version },
    assessorId: r.row.assessorId,
    submittedAt: r.row.submittedAt?.toISOString() ?? null,
    updatedAt: r.row.updatedAt.toISOString(),
    selfResult:
      r.selfLevel === null || r.selfScore === null
        ? null
        : { maturityLevel: r.selfLevel, score: Number(r.selfScore) },
  }));
  return { items, page: q.page, limit: q.limit, total };
}
