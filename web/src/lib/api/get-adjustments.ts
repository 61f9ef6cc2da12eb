import { queryOptions, useQuery } from '@tanstack/react-query';
import { adjustmentsResponseSchema, type AdjustmentView } from '@zhiping/shared/api/reviews';
import { apiFetch } from '../api-client.ts';
import { assessmentKeys } from './keys.ts';

export const adjustmentKeys = {
  list: (assessmentId: string) => [...assessmentKeys.detail(assessmentId), 'adjustments'] as const,
};

/**
 * The assessor's adjusted answers with their reasons. The server decides what the caller sees
 * (the enterprise: nothing until the assessment is returned for 弱项整改 or signed off). The
 * answer is checked against the shared contract, so a drift fails loudly.
 */
export async function getAdjustments(
  assessmentId: string,
  signal?: AbortSignal,
): Promise<AdjustmentView[]> {
  const res = await apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/adjustments`,
    adjustmentsResponseSchema,
    signal ? { signal } : {},
  );
  return res.items;
}

export const adjustmentsQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: adjustmentKeys.list(assessmentId),
    queryFn: ({ signal }) => getAdjustments(assessmentId, signal),
  });

export const useAdjustments = (assessmentId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...adjustmentsQueryOptions(assessmentId), enabled: options.enabled ?? true });
