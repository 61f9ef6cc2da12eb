import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, storeReview } from './review-cache.ts';

/** An admin's (re)assignment of an assessment to an assessor. */
export const assignAssessor = (assessmentId: string, assessorId: string) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/assign`,
    reviewViewSchema,
    json('POST', { assessorId }),
  );

export const useAssignAssessor = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (assessorId: string) => assignAssessor(assessmentId, assessorId),
    onSuccess: (view) => storeReview(client, view),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
