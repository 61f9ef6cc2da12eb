import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { storeReview } from './review-cache.ts';

export const claimAssessment = (assessmentId: string) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/claim`,
    reviewViewSchema,
    json('POST'),
  );

export const useClaimAssessment = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: claimAssessment,
    onSuccess: (view) => storeReview(client, view),
  });
};
