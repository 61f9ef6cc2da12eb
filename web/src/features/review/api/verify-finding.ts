import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findingWriteResultSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, refreshReview } from './review-cache.ts';

/** Accepts the enterprise's response to a finding. */
export const verifyFinding = (findingId: string) =>
  apiFetch(
    `/api/v1/findings/${encodeURIComponent(findingId)}/verify`,
    findingWriteResultSchema,
    json('POST'),
  );

export const useVerifyFinding = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: verifyFinding,
    onSuccess: () => refreshReview(client, assessmentId),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
