import { getAccessToken, refreshSession } from './session.ts';

/** A problem+json error from the API, with its stable code and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field errors of a 4xx problem, with the `body.`/`query.` prefix removed. */
  get fieldErrors(): { field: string; message: string }[] {
    const errors = (this.body as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(errors)) return [];
    return errors.flatMap((e: unknown) => {
      const { field, message } = (e ?? {}) as { field?: unknown; message?: unknown };
      return typeof field === 'string' && typeof message === 'string'
        ? [{ field: field.replace(/^(body|query|params)\.?/, ''), message }]
        : [];
    });
  }
}

/** The request never got an answer (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network unavailable', { cause });
    this.name = 'NetworkError';
  }
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  // A FormData body gets its multipart content type, with the boundary, from fetch itself.
  if (init.body && !(init.body instanceof FormData) && !headers.has('content-type')) {
    headers.set('content-type', 'application/json');
  }
  const token = getAccessToken();
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  try {
    return await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError(err);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const p = (body ?? {}) as { code?: string; detail?: string };
    throw new ApiError(res.status, p.code ?? 'http_error', p.detail ?? res.statusText, body);
  }
  return body as T;
}

/**
 * Calls the API with the in-memory access token. An expired token is refreshed once
 * (concurrent callers share one refresh) and the request retried, so the user never notices.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const sentToken = getAccessToken();
  const res = await send(path, init);
  if (res.status === 401 && sentToken !== null) {
    const problem = (await res
      .clone()
      .json()
      .catch(() => ({}))) as { code?: string };
    if (problem.code === 'token_expired') {
      // Another request may have refreshed the token meanwhile; otherwise refresh it now.
      const renewed = getAccessToken() !== sentToken || (await refreshSession());
      if (renewed && getAccessToken() !== null) return parse<T>(await send(path, init));
    }
  }
  return parse<T>(res);
}

/** JSON body helper: `apiFetch(path, json('POST', body))`. */
export const json = (method: string, body?: unknown): RequestInit => ({
  method,
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
