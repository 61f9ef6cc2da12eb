import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, storeReview } from './review-cache.ts';

/** 弱项整改: back to the enterprise with the open findings. */
export const returnAssessment = (assessmentId: string, revision: number) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/return`,
    reviewViewSchema,
    json('POST', { revision }),
  );

export const useReturnAssessment = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => returnAssessment(assessmentId, revision),
    onSuccess: (view) => storeReview(client, view),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
