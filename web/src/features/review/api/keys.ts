import type { ReviewQueueScope } from '@zhiping/shared/api/reviews';
import { assessmentKeys } from '../../../lib/api/keys.ts';

export interface QueueFilters {
  page: number;
  limit: number;
  scope: ReviewQueueScope;
  industry?: string | undefined;
  status?: string | undefined;
}

/**
 * The queue under its own root; an assessment's review, evidence and findings under the
 * assessment's key, so invalidating the assessment refreshes them (and its report) too.
 */
export const reviewKeys = {
  queues: () => ['review-queue'] as const,
  queue: (filters: QueueFilters) => [...reviewKeys.queues(), filters] as const,
  detail: (assessmentId: string) => [...assessmentKeys.detail(assessmentId), 'review'] as const,
  evidence: (assessmentId: string) => [...assessmentKeys.detail(assessmentId), 'evidence'] as const,
  assessors: () => ['review-assessors'] as const,
};
