import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findingWriteResultSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, refreshReview } from './review-cache.ts';

/** Rejects the enterprise's response: the finding is open again, its response cleared. */
export const reopenFinding = (findingId: string) =>
  apiFetch(
    `/api/v1/findings/${encodeURIComponent(findingId)}/reopen`,
    findingWriteResultSchema,
    json('POST'),
  );

export const useReopenFinding = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: reopenFinding,
    onSuccess: () => refreshReview(client, assessmentId),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
