import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { apiFetch, noContent } from '../../../lib/api-client.ts';
import { questionnaireKeys } from './keys.ts';

export const deleteEvidence = (assessmentId: string, fileId: string) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence/${encodeURIComponent(fileId)}`,
    noContent,
    { method: 'DELETE' },
  );

export function useDeleteEvidence(assessmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: Pick<EvidenceFileView, 'id' | 'filename'>) =>
      deleteEvidence(assessmentId, file.id),
    onSuccess: (_, file) => {
      client.setQueryData<EvidenceFileView[]>(
        questionnaireKeys.evidenceFiles(assessmentId),
        (files) => files?.filter((f) => f.id !== file.id),
      );
      return client.invalidateQueries({ queryKey: questionnaireKeys.evidence(assessmentId) });
    },
  });
}
