import { useMutation } from '@tanstack/react-query';
import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { ApiError, NetworkError } from '../../../lib/api-client.ts';
import { getAccessToken, refreshSession } from '../../../lib/session.ts';

async function fetchFile(url: string): Promise<Response> {
  const send = async () => {
    const token = getAccessToken();
    try {
      return await fetch(url, {
        credentials: 'same-origin',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    } catch (err) {
      throw new NetworkError(err);
    }
  };
  const sentToken = getAccessToken();
  const res = await send();
  if (res.status !== 401 || sentToken === null) return res;
  const problem = (await res
    .clone()
    .json()
    .catch(() => ({}))) as { code?: string };
  if (problem.code !== 'token_expired') return res;
  const renewed = getAccessToken() !== sentToken || (await refreshSession());
  return renewed && getAccessToken() !== null ? send() : res;
}

/**
 * Downloads an evidence file. The API wants the bearer token, which a plain link cannot send,
 * so the file is fetched and handed to the browser as an object URL under its own name.
 */
export async function downloadEvidence(
  assessmentId: string,
  file: Pick<EvidenceFileView, 'id' | 'filename'>,
): Promise<void> {
  const res = await fetchFile(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence/${encodeURIComponent(file.id)}`,
  );
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(res.status, problem.code ?? 'http_error', problem.detail ?? '', problem);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useDownloadEvidence = (assessmentId: string) =>
  useMutation({
    mutationFn: (file: Pick<EvidenceFileView, 'id' | 'filename'>) =>
      downloadEvidence(assessmentId, file),
  });
