import { ApiError, NetworkError } from './api-client.ts';
import { getAccessToken, refreshSession } from './session.ts';

/**
 * GETs a file from the API with the in-memory bearer token, which a plain link cannot send.
 * An expired token is refreshed once and the request retried, as apiFetch does for JSON.
 */
export async function fetchWithToken(url: string): Promise<Response> {
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
  // Another request may have refreshed the token meanwhile; otherwise refresh it now.
  const renewed = getAccessToken() !== sentToken || (await refreshSession());
  return renewed && getAccessToken() !== null ? send() : res;
}

/**
 * Fetches a file with the bearer token and hands it to the browser as an object URL, saved
 * under `filename` (a string, or computed from the response, e.g. its content-disposition).
 * A failed request throws the API's problem as an ApiError.
 */
export async function downloadFile(
  url: string,
  filename: string | ((res: Response) => string),
): Promise<void> {
  const res = await fetchWithToken(url);
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(res.status, problem.code ?? 'http_error', problem.detail ?? '', problem);
  }
  const objectUrl = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = objectUrl;
  a.download = typeof filename === 'string' ? filename : filename(res);
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
