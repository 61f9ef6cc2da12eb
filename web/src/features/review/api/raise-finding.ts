import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateFindingBody } from '@zhiping/shared/api/reviews';
import { findingWriteResultSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, refreshReview } from './review-cache.ts';

export const raiseFinding = (assessmentId: string, body: CreateFindingBody) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/findings`,
    findingWriteResultSchema,
    json('POST', body),
  );

export const useRaiseFinding = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFindingBody) => raiseFinding(assessmentId, body),
    onSuccess: () => refreshReview(client, assessmentId),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
