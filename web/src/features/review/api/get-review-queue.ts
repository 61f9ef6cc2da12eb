import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ReviewQueueItem } from '@zhiping/shared/api/reviews';
import { reviewQueueItemSchema } from '@zhiping/shared/api/reviews';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../../../lib/api-client.ts';
import { reviewKeys, type QueueFilters } from './keys.ts';

export interface ReviewQueuePage {
  items: ReviewQueueItem[];
  page: number;
  limit: number;
  total: number;
}

export const getReviewQueue = (f: QueueFilters) => {
  const q = new URLSearchParams({ page: String(f.page), limit: String(f.limit), scope: f.scope });
  if (f.industry) q.set('industry', f.industry);
  if (f.status) q.set('status', f.status);
  return apiFetch(`/api/v1/reviews/queue?${q.toString()}`, pageOf(reviewQueueItemSchema));
};

export const reviewQueueQueryOptions = (f: QueueFilters) =>
  queryOptions({
    queryKey: reviewKeys.queue(f),
    queryFn: () => getReviewQueue(f),
    placeholderData: keepPreviousData,
  });

export const useReviewQueue = (f: QueueFilters) => useQuery(reviewQueueQueryOptions(f));
