/// <reference types="vite/client" />
import type { ZodType } from 'zod';
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

/** An answer that broke its shared contract: the server and the web disagree (a drift). */
export class ContractError extends Error {
  constructor(
    readonly path: string,
    readonly issues: readonly { path: readonly PropertyKey[]; message: string }[],
  ) {
    const where = (p: readonly PropertyKey[]) => (p.length ? p.map(String).join('.') : '(body)');
    super(
      `The answer of ${path} breaks its contract: ${issues
        .slice(0, 5)
        .map((i) => `${where(i.path)}: ${i.message}`)
        .join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`,
    );
    this.name = 'ContractError';
  }
}

const NO_CONTENT = Symbol('no content');
const UNCHECKED = Symbol('unchecked');

/**
 * What a call expects back: the response schema the server declares for the route (from
 * `@zhiping/shared/api/<x>`), `noContent` for a 204, `lazyContract(() => import(…))` where a
 * static import would put heavy code in a route chunk, or `unchecked<T>()` where shared does
 * not export the route's schema yet (it is server-local).
 *
 * Decision (issue #14): a static schema is parsed in every build, production included, so a
 * drift fails loudly there too instead of surfacing as an `undefined` deep in a page. Cost,
 * measured on the built app (first visit, gzip, index + entry + route chunk and imports):
 * report route 330.5 → 333.2 KB, questionnaire 208.6 → 210.1 KB; parsing one answer takes
 * well under a millisecond. A lazy contract is loaded and parsed only in development and
 * tests (import.meta.env.DEV, MODE 'test'): in production it would cost a request per call,
 * and the sign-in page would load the password policy it was split from (b590de8); the
 * sign-in route went 187.3 → 185.2 KB.
 */
export type ResponseContract<T> =
  | ZodType<T>
  | { readonly lazy: () => Promise<ZodType<T>> }
  | { readonly [NO_CONTENT]: true; readonly _t?: T }
  | { readonly [UNCHECKED]: true; readonly _t?: T };

export const noContent: ResponseContract<void> = { [NO_CONTENT]: true };
/** For the few routes whose response schema is server-local (not in shared) yet. */
export const unchecked = <T>(): ResponseContract<T> => ({ [UNCHECKED]: true });
export const lazyContract = <T>(load: () => Promise<ZodType<T>>): ResponseContract<T> => ({
  lazy: load,
});

const checkLazy = import.meta.env.DEV || import.meta.env.MODE === 'test';

async function conform<T>(path: string, body: unknown, contract: ResponseContract<T>) {
  if (NO_CONTENT in contract) {
    if (body !== undefined)
      throw new ContractError(path, [{ path: [], message: 'expected no body' }]);
    return body as T;
  }
  if (UNCHECKED in contract) return body as T;
  const schema = 'lazy' in contract ? (checkLazy ? await contract.lazy() : null) : contract;
  if (!schema) return body as T;
  const result = schema.safeParse(body);
  if (!result.success) throw new ContractError(path, result.error.issues);
  return result.data;
}

async function parse<T>(path: string, res: Response, contract: ResponseContract<T>): Promise<T> {
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
  return conform(path, body, contract);
}

/**
 * Calls the API with the in-memory access token. An expired token is refreshed once
 * (concurrent callers share one refresh) and the request retried, so the user never notices.
 * The answer is checked against `contract`: a drift throws a ContractError naming the path.
 */
export async function apiFetch<T>(
  path: string,
  contract: ResponseContract<T>,
  init: RequestInit = {},
): Promise<T> {
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
      if (renewed && getAccessToken() !== null)
        return parse(path, await send(path, init), contract);
    }
  }
  return parse(path, res, contract);
}

/** JSON body helper: `apiFetch(path, json('POST', body))`. */
export const json = (method: string, body?: unknown): RequestInit => ({
  method,
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
