import { queryOptions, useQuery } from '@tanstack/react-query';
import { listEvidenceFiles } from '../../../lib/api/list-evidence-files.ts';
import { reviewKeys } from './keys.ts';

export const evidenceFilesQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: reviewKeys.evidence(assessmentId),
    queryFn: ({ signal }) => listEvidenceFiles(assessmentId, signal),
  });

export const useEvidenceFiles = (assessmentId: string) =>
  useQuery(evidenceFilesQueryOptions(assessmentId));
