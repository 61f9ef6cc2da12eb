import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FindingStatus, FindingView } from '@zhiping/shared/api/reviews';
import { findingViewSchema } from '@zhiping/shared/api/reviews';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../api-client.ts';
import { assessmentKeys } from './keys.ts';

/**
 * Findings of an assessment, under the assessment's key so that invalidating the assessment
 * refreshes them. The server decides which the caller sees (the enterprise: those handed to it).
 */
export const findingKeys = {
  all: (assessmentId: string) => [...assessmentKeys.detail(assessmentId), 'findings'] as const,
  list: (assessmentId: string, status: FindingStatus | undefined) =>
    [...findingKeys.all(assessmentId), status ?? 'any'] as const,
};

/** Every finding (oldest first), page by page at the API's maximum. */
export async function getFindings(
  assessmentId: string,
  status?: FindingStatus,
  signal?: AbortSignal,
): Promise<FindingView[]> {
  const out: FindingView[] = [];
  for (let page = 1; ; page++) {
    const q = new URLSearchParams({ page: String(page), limit: '100' });
    if (status) q.set('status', status);
    const res = await apiFetch(
      `/api/v1/assessments/${encodeURIComponent(assessmentId)}/findings?${q.toString()}`,
      pageOf(findingViewSchema),
      signal ? { signal } : {},
    );
    out.push(...res.items);
    if (res.items.length === 0 || out.length >= res.total) return out;
  }
}

export const findingsQueryOptions = (assessmentId: string, status?: FindingStatus) =>
  queryOptions({
    queryKey: findingKeys.list(assessmentId, status),
    queryFn: ({ signal }) => getFindings(assessmentId, status, signal),
  });

export const useFindings = (
  assessmentId: string,
  options: { status?: FindingStatus; enabled?: boolean } = {},
) =>
  useQuery({
    ...findingsQueryOptions(assessmentId, options.status),
    enabled: options.enabled ?? true,
  });
