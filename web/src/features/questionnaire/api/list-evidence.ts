import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { useCallback } from 'react';
import { apiFetch } from '../../../lib/api-client.ts';
import { questionnaireKeys } from './keys.ts';

interface EvidencePage {
  items: EvidenceFileView[];
  page: number;
  limit: number;
  total: number;
}

/**
 * Every evidence file of an assessment (metadata only), page by page at the API's maximum.
 * One request for the whole questionnaire instead of one per requirement on screen.
 */
export async function listEvidence(
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
    queryKey: questionnaireKeys.evidenceFiles(assessmentId),
    queryFn: ({ signal }) => listEvidence(assessmentId, signal),
  });

/** The evidence files of one requirement, oldest first, from the assessment-wide list. */
export function useRequirementEvidence(assessmentId: string, requirementId: string) {
  const select = useCallback(
    (files: EvidenceFileView[]) => files.filter((f) => f.requirementId === requirementId),
    [requirementId],
  );
  return useQuery({ ...evidenceFilesQueryOptions(assessmentId), select });
}
