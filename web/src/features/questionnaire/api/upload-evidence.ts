import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { EVIDENCE_FILE_TYPES } from '@zhiping/shared/api/reviews';
import { evidenceFileViewSchema } from '@zhiping/shared/api/assessments';
import { apiFetch } from '../../../lib/api-client.ts';
import { questionnaireKeys } from './keys.ts';

/**
 * The largest file the server takes by default (its MAX_UPLOAD_BYTES). Checked before sending
 * so a large file is refused at once; a server configured lower still answers 413.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** File name extensions the server accepts (it checks the content too). */
export const EVIDENCE_EXTENSIONS: readonly string[] = EVIDENCE_FILE_TYPES.flatMap(
  (t) => t.extensions,
);

export interface EvidenceUpload {
  requirementId: string;
  file: File;
}

/** One file for one requirement, as multipart/form-data (fetch sets the boundary). */
export function uploadEvidence(assessmentId: string, { requirementId, file }: EvidenceUpload) {
  const body = new FormData();
  body.append('requirementId', requirementId);
  body.append('file', file, file.name);
  return apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence`,
    evidenceFileViewSchema,
    { method: 'POST', body },
  );
}

export function useUploadEvidence(assessmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: EvidenceUpload) => uploadEvidence(assessmentId, upload),
    onSuccess: (saved) => {
      client.setQueryData<EvidenceFileView[]>(
        questionnaireKeys.evidenceFiles(assessmentId),
        (files) => (files ? [...files.filter((f) => f.id !== saved.id), saved] : files),
      );
      return client.invalidateQueries({ queryKey: questionnaireKeys.evidence(assessmentId) });
    },
  });
}
