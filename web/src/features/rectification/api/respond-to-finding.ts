import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findingWriteResultSchema } from '@zhiping/shared/api/reviews';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { storeFinding } from './cache.ts';

export const respondToFinding = ({
  findingId,
  response,
}: {
  findingId: string;
  response: string;
}) =>
  apiFetch(
    `/api/v1/findings/${encodeURIComponent(findingId)}/response`,
    findingWriteResultSchema,
    json('POST', { response }),
  );

/** 弱项整改: the enterprise's response to an open finding (it stays open until resubmission). */
export function useRespondToFinding(assessmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: respondToFinding,
    onSuccess: (result) => storeFinding(client, assessmentId, result.finding, result.revision),
  });
}
