import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client.ts';
import type { ReviewView } from '@zhiping/shared/api/reviews';
import { assessmentKeys } from '../../../lib/api/keys.ts';
import { reviewKeys } from './keys.ts';

/**
 * After a write that answers the whole review: show it at once, and let everything else
 * about the assessment (its detail, its report, the queue) refetch. The review itself and
 * the evidence list are not refetched: the first was just answered, the second is unchanged.
 */
export function storeReview(client: QueryClient, view: ReviewView): void {
  const key = reviewKeys.detail(view.assessmentId);
  client.setQueryData(key, view);
  const own = new Set([
    JSON.stringify(key),
    JSON.stringify(reviewKeys.evidence(view.assessmentId)),
  ]);
  void client.invalidateQueries({
    queryKey: assessmentKeys.detail(view.assessmentId),
    predicate: (q) => !own.has(JSON.stringify(q.queryKey)),
  });
  void client.invalidateQueries({ queryKey: reviewKeys.queues() });
}

/**
 * After a finding write, which answers only the finding and the revision it moved to: the
 * review (and the assessment, whose revision moved) refetch; the evidence list is unchanged.
 */
export function refreshReview(client: QueryClient, assessmentId: string): Promise<void> {
  void client.invalidateQueries({ queryKey: reviewKeys.queues() });
  const evidence = JSON.stringify(reviewKeys.evidence(assessmentId));
  return client.invalidateQueries({
    queryKey: assessmentKeys.detail(assessmentId),
    predicate: (q) => JSON.stringify(q.queryKey) !== evidence,
  });
}

/** A 409 means the review moved on elsewhere (another tab, a claim): show the current one. */
export function refreshOnConflict(client: QueryClient, assessmentId: string, err: unknown): void {
  if (err instanceof ApiError && err.status === 409) void refreshReview(client, assessmentId);
}
