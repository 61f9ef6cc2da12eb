import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { useCallback } from 'react';
import { listEvidenceFiles } from '../../../lib/api/list-evidence-files.ts';
import { questionnaireKeys } from './keys.ts';

export const evidenceFilesQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: questionnaireKeys.evidenceFiles(assessmentId),
    queryFn: ({ signal }) => listEvidenceFiles(assessmentId, signal),
  });

/** The evidence files of one requirement, oldest first, from the assessment-wide list. */
export function useRequirementEvidence(assessmentId: string, requirementId: string) {
  const select = useCallback(
    (files: EvidenceFileView[]) => files.filter((f) => f.requirementId === requirementId),
    [requirementId],
  );
  return useQuery({ ...evidenceFilesQueryOptions(assessmentId), select });
}
