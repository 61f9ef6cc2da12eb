import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../../../lib/api-client.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';

interface EvidencePage {
  items: EvidenceFileView[];
  page: number;
  limit: number;
  total: number;
}

/**
 * Under the assessment's 'evidence' key, which the questionnaire invalidates when a file is
 * uploaded or deleted, so coming back from it shows the files just added.
 */
const evidenceKey = (assessmentId: string) =>
  [...assessmentKeys.detail(assessmentId), 'evidence', 'rectification'] as const;

/** Every evidence file of an assessment (metadata), page by page at the API's maximum. */
export async function getEvidenceFiles(
  assessmentId: string,
  signal?: AbortSignal,
): Promise<EvidenceFileView[]> {
  const files: EvidenceFileView[] = [];
  for (let page = 1; ; page++) {
    const res = await apiFetch<EvidencePage>(
      `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence?page=${page}&limit=100`,
      signal ? { signal } : {},
    );
    files.push(...res.items);
    if (res.items.length === 0 || files.length >= res.total) return files;
  }
}

export const evidenceFilesQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: evidenceKey(assessmentId),
    queryFn: ({ signal }) => getEvidenceFiles(assessmentId, signal),
  });

export const useEvidenceFiles = (assessmentId: string) =>
  useQuery(evidenceFilesQueryOptions(assessmentId));
