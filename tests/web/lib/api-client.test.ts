import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { passwordResetRequestedSchema } from '@zhiping/shared/api/account';
import {
  ApiError,
  ContractError,
  NetworkError,
  apiFetch,
  lazyContract,
  noContent,
  unchecked,
} from '../../../web/src/lib/api-client.ts';
import { getAssessment } from '../../../web/src/lib/api/get-assessment.ts';
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

/** What the scripted API answers: the URL it was asked for (no shared contract: a test route). */
const echo = unchecked<{ url: string }>();

beforeEach(() => clearSession());
afterEach(() => vi.unstubAllGlobals());

describe('apiFetch and the session', () => {
  test('sends the in-memory access token as a bearer token', async () => {
    const { log } = scriptedApi();
    setSession(session('fresh'));
    await expect(apiFetch('/api/v1/a', echo)).resolves.toEqual({ url: '/api/v1/a' });
    expect(log).toEqual(['GET /api/v1/a Bearer fresh']);
  });

  test('an expired token is refreshed once for concurrent requests, which are then retried', async () => {
    const { log } = scriptedApi();
    setSession(session('stale'));
    const results = await Promise.all([
      apiFetch('/api/v1/a', echo),
      apiFetch('/api/v1/b', echo),
      apiFetch('/api/v1/c', echo),
    ]);
    expect(results.map((r) => r.url)).toEqual(['/api/v1/a', '/api/v1/b', '/api/v1/c']);
    expect(log.filter((l) => l.includes('/auth/refresh'))).toHaveLength(1);
    expect(log.filter((l) => l.endsWith('Bearer fresh'))).toHaveLength(3);
    expect(getAccessToken()).toBe('fresh');
  });

  test('when the refresh is refused the session ends and the 401 reaches the caller', async () => {
    scriptedApi({ refreshFails: true });
    setSession(session('stale'));
    const err = await apiFetch('/api/v1/a', echo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('token_expired');
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'ended' });
    expect(getAccessToken()).toBeNull();
  });

  test('a 401 other than token_expired is not retried', async () => {
    const { log } = scriptedApi();
    setSession(session('forged'));
    await expect(apiFetch('/api/v1/a', echo)).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    expect(log).toHaveLength(1);
  });

  test('no answer at all is a NetworkError, not an ApiError', async () => {
    scriptedApi();
    await expect(apiFetch('/api/v1/offline', echo)).rejects.toBeInstanceOf(NetworkError);
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

describe('apiFetch and the shared contracts', () => {
  const assessment = {
    id: '22222222-2222-4222-8222-222222222222',
    organizationId: '33333333-3333-4333-8333-333333333333',
    title: 'FY2026',
  };

  test('an answer that breaks its contract throws a ContractError naming the path', async () => {
    setSession(session('fresh'));
    // A drift: the server sends an assessment without most of its fields, and a number title.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { ...assessment, title: 42 })),
    );
    const err = await getAssessment(assessment.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContractError);
    const drift = err as ContractError;
    expect(drift.path).toBe(`/api/v1/assessments/${assessment.id}`);
    expect(drift.message).toContain(`/api/v1/assessments/${assessment.id}`);
    expect(drift.message).toMatch(/title: /);
    expect(drift.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['title', 'status', 'revision']),
    );
  });

  test('the parsed answer is what the caller gets when the contract holds', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { status: 'accepted', expiresInMinutes: 30, extra: true })),
    );
    await expect(apiFetch('/api/v1/x', passwordResetRequestedSchema)).resolves.toEqual({
      status: 'accepted',
      expiresInMinutes: 30,
    });
  });

  test('a 204 route answering a body breaks its contract', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(apiFetch('/api/v1/gone', noContent)).resolves.toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { surprise: true })),
    );
    await expect(apiFetch('/api/v1/gone', noContent)).rejects.toBeInstanceOf(ContractError);
  });

  test('a lazily loaded contract is checked in tests too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { status: 'accepted' })),
    );
    const lazy = lazyContract(async () => passwordResetRequestedSchema);
    await expect(apiFetch('/api/v1/lazy', lazy)).rejects.toThrow(
      /\/api\/v1\/lazy.*expiresInMinutes: /,
    );
  });

  test('an error answer stays an ApiError: contracts describe successes only', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(404, 'not_found')),
    );
    await expect(apiFetch('/api/v1/x', passwordResetRequestedSchema)).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
