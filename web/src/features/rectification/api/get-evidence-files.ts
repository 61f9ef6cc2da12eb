import { queryOptions, useQuery } from '@tanstack/react-query';
import { listEvidenceFiles } from '../../../lib/api/list-evidence-files.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';

/**
 * Under the assessment's 'evidence' key, which the questionnaire invalidates when a file is
 * uploaded or deleted, so coming back from it shows the files just added.
 */
const evidenceKey = (assessmentId: string) =>
  [...assessmentKeys.detail(assessmentId), 'evidence', 'rectification'] as const;

export const evidenceFilesQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: evidenceKey(assessmentId),
    queryFn: ({ signal }) => listEvidenceFiles(assessmentId, signal),
  });

export const useEvidenceFiles = (assessmentId: string) =>
  useQuery(evidenceFilesQueryOptions(assessmentId));
