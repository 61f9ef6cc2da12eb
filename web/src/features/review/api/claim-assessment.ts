import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewView } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { storeReview } from './review-cache.ts';

export const claimAssessment = (assessmentId: string) =>
  apiFetch<ReviewView>(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/claim`,
    json('POST'),
  );

export const useClaimAssessment = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: claimAssessment,
    onSuccess: (view) => storeReview(client, view),
  });
};
