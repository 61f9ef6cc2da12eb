import { useMutation } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { downloadFile } from '../download.ts';

type EvidenceRef = Pick<EvidenceFileView, 'id' | 'filename'>;

/** Downloads an evidence file under its own name (the questionnaire's and the review's). */
export const downloadEvidence = (assessmentId: string, file: EvidenceRef): Promise<void> =>
  downloadFile(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence/${encodeURIComponent(file.id)}`,
    file.filename,
  );

export const useDownloadEvidence = (assessmentId: string) =>
  useMutation({ mutationFn: (file: EvidenceRef) => downloadEvidence(assessmentId, file) });
