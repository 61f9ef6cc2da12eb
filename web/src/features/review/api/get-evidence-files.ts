import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../../../lib/api-client.ts';
import { reviewKeys } from './keys.ts';

interface EvidencePage {
  items: EvidenceFileView[];
  page: number;
  limit: number;
  total: number;
}

/** Every evidence file of an assessment (metadata), page by page at the API's maximum. */
export async function getEvidenceFiles(assessmentId: string): Promise<EvidenceFileView[]> {
  const files: EvidenceFileView[] = [];
  for (let page = 1; ; page++) {
    const res = await apiFetch<EvidencePage>(
      `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence?page=${page}&limit=100`,
    );
    files.push(...res.items);
    if (res.items.length === 0 || files.length >= res.total) return files;
  }
}

export const evidenceFilesQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: reviewKeys.evidence(assessmentId),
    queryFn: () => getEvidenceFiles(assessmentId),
  });

export const useEvidenceFiles = (assessmentId: string) =>
  useQuery(evidenceFilesQueryOptions(assessmentId));
