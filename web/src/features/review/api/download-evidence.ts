import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client.ts';
import { getAccessToken, refreshSession } from '../../../lib/session.ts';

async function fetchWithToken(url: string): Promise<Response> {
  const send = () => {
    const token = getAccessToken();
    return fetch(url, {
      credentials: 'same-origin',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  };
  const res = await send();
  if (res.status === 401 && (await refreshSession())) return send();
  return res;
}

/**
 * Downloads an evidence file. The API wants the bearer token, which a plain link cannot send,
 * so the file is fetched and handed to the browser as an object URL under its own name.
 */
export async function downloadEvidence(
  assessmentId: string,
  file: { id: string; filename: string },
): Promise<void> {
  const res = await fetchWithToken(
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
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useDownloadEvidence = (assessmentId: string) =>
  useMutation({
    mutationFn: (file: { id: string; filename: string }) => downloadEvidence(assessmentId, file),
  });
