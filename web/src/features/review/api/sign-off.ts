import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignOffBody } from '@zhiping/shared/api/reviews';
import { reviewViewSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { refreshOnConflict, storeReview } from './review-cache.ts';

/** 结果判定: the assessed result becomes final. */
export const signOff = (assessmentId: string, body: SignOffBody) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/sign-off`,
    reviewViewSchema,
    json('POST', body),
  );

export const useSignOff = (assessmentId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SignOffBody) => signOff(assessmentId, body),
    onSuccess: (view) => storeReview(client, view),
    onError: (err) => refreshOnConflict(client, assessmentId, err),
  });
};
