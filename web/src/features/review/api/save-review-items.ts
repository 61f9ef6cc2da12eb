import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveReviewItemsBody } from '@zhiping/shared/api/reviews';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, storeReview } from './review-cache.ts';

export const saveReviewItems = (assessmentId: string, body: SaveReviewItemsBody) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/review-items`,
    reviewViewSchema,
    json('PUT', body),
  );

export const useSaveReviewItems = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveReviewItemsBody) => saveReviewItems(assessmentId, body),
    onSuccess: (view) => storeReview(client, view),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
