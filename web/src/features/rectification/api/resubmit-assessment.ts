import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { ApiError, apiFetch, json } from '../../../lib/api-client.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';
import { latestRevision, reloadAssessment } from './cache.ts';

export const resubmitAssessment = ({ id, revision }: { id: string; revision: number }) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(id)}/resubmit`,
    reviewViewSchema,
    json('POST', { revision }),
  );

/**
 * Returned → in review, at the newest revision seen: the responded findings become answered
 * and the answers lock again. A 409 means the assessment moved on elsewhere: it is reloaded.
 */
export function useResubmitAssessment(assessmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      resubmitAssessment({ id: assessmentId, revision: latestRevision(client, assessmentId) }),
    // Not awaited: the page shows the outcome at once and the reload follows.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: assessmentKeys.lists() });
      void reloadAssessment(client, assessmentId);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409)
        void reloadAssessment(client, assessmentId);
    },
  });
}
export type ResubmitMutation = ReturnType<typeof useResubmitAssessment>;
