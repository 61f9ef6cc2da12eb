import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  login,
  PASSWORD,
  refreshCookieOf,
  registerEnterprise,
  type Actor,
} from '../../support/fixtures.ts';

/**
 * The sessions page: a user's sign-ins (refresh-token families) with when they began and
 * were last used, from which IP and browser; ending one, and signing out everywhere. A
 * password change keeps the session it was made in (re-issued) and ends all the others.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ SESSION_CHECK_CACHE_MS: '0' });
});
afterAll(() => t?.close());

interface SessionItem {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

const list = async (a: Actor) => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/auth/sessions',
    headers: a.headers,
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: SessionItem[] }>().items;
};
const me = (a: { headers: Record<string, string> }) =>
  t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: a.headers });

async function signIn(email: string, ip: string, ua: string): Promise<Actor> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: PASSWORD },
    remoteAddress: ip,
    headers: { 'user-agent': ua },
  });
  expect(res.statusCode).toBe(200);
  const session = res.json<Actor['session']>();
  return {
    token: session.accessToken,
    session,
    cookie: refreshCookieOf(res.headers['set-cookie']),
    headers: { authorization: `Bearer ${session.accessToken}` },
  };
}

describe('sessions', () => {
  test('lists each sign-in with IP, user agent, created and last used; the current one marked', async () => {
    const e = await registerEnterprise(t.app);
    const email = e.body.user.email;
    const laptop = await signIn(email, '192.0.2.10', 'Mozilla/5.0 (X11; Linux) Firefox/140.0');
    const phone = await signIn(email, '198.51.100.7', 'Mozilla/5.0 (iPhone) Safari/18');

    // The phone refreshes later from another IP: last used moves, created stays.
    await new Promise((r) => setTimeout(r, 20));
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: phone.cookie, 'user-agent': 'Mozilla/5.0 (iPhone) Safari/18' },
      remoteAddress: '198.51.100.8',
    });
    expect(refreshed.statusCode).toBe(200);

    const items = await list(laptop);
    expect(items).toHaveLength(3); // registration, laptop, phone
    const current = items.filter((i) => i.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({
      ip: '192.0.2.10',
      userAgent: expect.stringContaining('Firefox'),
    });
    const p = items.find((i) => i.userAgent?.includes('iPhone'))!;
    expect(p.ip).toBe('198.51.100.8');
    expect(Date.parse(p.lastUsedAt)).toBeGreaterThan(Date.parse(p.createdAt));
    // Most recently used first.
    expect(items[0]!.id).toBe(p.id);

    // Another user's list does not show these.
    const other = await registerEnterprise(t.app);
    const theirs = await list(other);
    expect(theirs.map((i) => i.id)).not.toContain(p.id);
    expect(theirs).toHaveLength(1);
  });

  test('revoking one session ends it (access token and refresh) and leaves the others', async () => {
    const e = await registerEnterprise(t.app);
    const other = await login(t.app, e.body.user.email, PASSWORD);
    const target = (await list(e)).find((i) => !i.current)!;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${target.id}`,
      headers: e.headers,
    });
    expect(res.statusCode).toBe(204);
    expect((await me(other)).statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: other.cookie },
    });
    expect(refresh.statusCode).toBe(401);
    expect((await me(e)).statusCode).toBe(200);
    expect((await list(e)).map((i) => i.id)).not.toContain(target.id);
    // Once more: it is gone.
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${target.id}`,
      headers: e.headers,
    });
    expect(again.statusCode).toBe(404);
  });

  test("another user's session cannot be revoked (404), and stays live", async () => {
    const victim = await registerEnterprise(t.app);
    const attacker = await registerEnterprise(t.app);
    const victimSession = (await list(victim))[0]!.id;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${victimSession}`,
      headers: attacker.headers,
    });
    expect(res.statusCode).toBe(404);
    expect((await me(victim)).statusCode).toBe(200);
  });

  test('sign out everywhere ends every session, this one included', async () => {
    const e = await registerEnterprise(t.app);
    const other = await login(t.app, e.body.user.email, PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions/revoke-all',
      headers: e.headers,
    });
    expect(res.statusCode).toBe(204);
    expect((await me(e)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(401);
    for (const cookie of [e.cookie, other.cookie]) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        headers: { cookie },
      });
      expect(r.statusCode).toBe(401);
    }
    // Signing in again works.
    await expect(login(t.app, e.body.user.email, PASSWORD)).resolves.toBeTruthy();
  });

  test('a password change ends the other sessions and keeps this one (re-issued)', async () => {
    const e = await registerEnterprise(t.app);
    const other = await login(t.app, e.body.user.email, PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: e.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'Changed-pass-2026-x' },
    });
    expect(res.statusCode).toBe(200);
    const renewed = {
      headers: { authorization: `Bearer ${res.json<{ accessToken: string }>().accessToken}` },
    };
    const cookie = refreshCookieOf(res.headers['set-cookie']);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(e)).statusCode).toBe(401); // the old token of this session too
    expect((await me(renewed)).statusCode).toBe(200);
    // The re-issued session refreshes, and is the only one listed.
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie },
    });
    expect(r.statusCode).toBe(200);
    const items = await list({ ...e, headers: renewed.headers });
    expect(items).toHaveLength(1);
    expect(items[0]!.current).toBe(true);
  });

  test('anonymous callers get 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions' });
    expect(res.statusCode).toBe(401);
    const all = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions/revoke-all' });
    expect(all.statusCode).toBe(401);
  });
});
