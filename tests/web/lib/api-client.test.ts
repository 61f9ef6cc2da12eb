import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiError, NetworkError, apiFetch } from '../../../web/src/lib/api-client.ts';
import {
  clearSession,
  getAccessToken,
  getSession,
  refreshSession,
  setSession,
} from '../../../web/src/lib/session.ts';

const user = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'zhang@example.com',
  displayName: '张三',
  role: 'respondent' as const,
  organizationId: null,
  locale: 'zh-CN',
  disabled: false,
};
const session = (token: string) => ({
  accessToken: token,
  expiresIn: 900,
  user,
  organization: null,
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (status: number, code: string) =>
  json(status, { type: 'x', title: 't', status, detail: code, code }, 'application/problem+json');

/**
 * A scripted API: the access token "fresh" is valid, "stale" is expired; refreshing hands out
 * "fresh" (slowly, so concurrent requests overlap) unless `refreshFails`.
 */
function scriptedApi(opts: { refreshFails?: boolean } = {}) {
  const log: string[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const auth = new Headers(init?.headers).get('authorization');
    log.push(`${init?.method ?? 'GET'} ${url} ${auth ?? '-'}`);
    if (url === '/api/v1/auth/refresh') {
      await new Promise((r) => setTimeout(r, 20));
      return opts.refreshFails ? problem(401, 'session_expired') : json(200, session('fresh'));
    }
    if (url === '/api/v1/offline') throw new TypeError('Failed to fetch');
    if (auth === 'Bearer stale') return problem(401, 'token_expired');
    if (auth !== 'Bearer fresh') return problem(401, 'unauthorized');
    return json(200, { url });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { log, fetchStub };
}

beforeEach(() => clearSession());
afterEach(() => vi.unstubAllGlobals());

describe('apiFetch and the session', () => {
  test('sends the in-memory access token as a bearer token', async () => {
    const { log } = scriptedApi();
    setSession(session('fresh'));
    await expect(apiFetch('/api/v1/a')).resolves.toEqual({ url: '/api/v1/a' });
    expect(log).toEqual(['GET /api/v1/a Bearer fresh']);
  });

  test('an expired token is refreshed once for concurrent requests, which are then retried', async () => {
    const { log } = scriptedApi();
    setSession(session('stale'));
    const results = await Promise.all([
      apiFetch('/api/v1/a'),
      apiFetch('/api/v1/b'),
      apiFetch('/api/v1/c'),
    ]);
    expect(results.map((r) => (r as { url: string }).url)).toEqual([
      '/api/v1/a',
      '/api/v1/b',
      '/api/v1/c',
    ]);
    expect(log.filter((l) => l.includes('/auth/refresh'))).toHaveLength(1);
    expect(log.filter((l) => l.endsWith('Bearer fresh'))).toHaveLength(3);
    expect(getAccessToken()).toBe('fresh');
  });

  test('when the refresh is refused the session ends and the 401 reaches the caller', async () => {
    scriptedApi({ refreshFails: true });
    setSession(session('stale'));
    const err = await apiFetch('/api/v1/a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('token_expired');
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'ended' });
    expect(getAccessToken()).toBeNull();
  });

  test('a 401 other than token_expired is not retried', async () => {
    const { log } = scriptedApi();
    setSession(session('forged'));
    await expect(apiFetch('/api/v1/a')).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    expect(log).toHaveLength(1);
  });

  test('no answer at all is a NetworkError, not an ApiError', async () => {
    scriptedApi();
    await expect(apiFetch('/api/v1/offline')).rejects.toBeInstanceOf(NetworkError);
  });

  test('restoring the session on start signs in from the refresh cookie', async () => {
    scriptedApi();
    expect(await refreshSession()).toBe(true);
    expect(getSession()).toMatchObject({ status: 'authenticated', user: { displayName: '张三' } });
  });

  test('a visitor without a session is anonymous, not "session ended"', async () => {
    scriptedApi({ refreshFails: true });
    expect(await refreshSession()).toBe(false);
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'none' });
  });

  test('problem+json field errors are exposed without their location prefix', () => {
    const err = new ApiError(400, 'validation_failed', 'bad', {
      errors: [{ field: 'query.limit', message: 'too big' }, { nonsense: true }],
    });
    expect(err.fieldErrors).toEqual([{ field: 'limit', message: 'too big' }]);
  });
});
