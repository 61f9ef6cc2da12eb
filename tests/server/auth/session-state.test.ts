import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../../support/app.ts';
import {
  invitationTokenFor,
  login,
  registerEnterprise,
  type Actor,
} from '../../support/fixtures.ts';

/**
 * An access token is only as good as the session behind it: once the user or the enterprise
 * is disabled, the session logged out, revoked by a refresh reuse or a password change, or the
 * user does not exist, the token is refused on every route — not after its 15 minutes.
 * Sessions are not created or renewed for a disabled enterprise (refresh, invitation accept).
 */
let t: TestApp;
let cached: TestApp;
let admin: Actor;

beforeAll(async () => {
  // No session-state cache here: every request asks the database.
  t = await createTestApp({ SESSION_CHECK_CACHE_MS: '0' });
  admin = await login(t.app, 'admin@zhiping.local', DEMO_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await cached?.close();
});

const get = (app: TestApp, token: string, url = '/api/v1/assessments') =>
  app.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
function signed(payload: Record<string, unknown>): string {
  const input = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${input}.${createHmac('sha256', TEST_JWT_SECRET).update(input).digest('base64url')}`;
}
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

async function disableOrganization(app: TestApp, orgId: string, by: Actor) {
  const res = await app.app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/organizations/${orgId}`,
    headers: by.headers,
    payload: { disabled: true },
  });
  expect(res.statusCode).toBe(200);
}

describe('a disabled enterprise loses access at once', () => {
  test('its access token creates no invitation and reads nothing; refresh and invitation accept are refused', async () => {
    const e = await registerEnterprise(t.app);
    const inv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organization/invitations',
      headers: e.headers,
      payload: { email: `colleague-${randomUUID()}@example.com` },
    });
    expect(inv.statusCode).toBe(201);
    const invitationToken = await invitationTokenFor(t.app, inv.json<{ email: string }>().email);

    await disableOrganization(t, e.session.organization!.id, admin);

    expect((await get(t, e.token)).statusCode).toBe(401);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organization/invitations',
      headers: e.headers,
      payload: { email: `late-${randomUUID()}@example.com` },
    });
    expect(invite.statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: e.cookie },
    });
    expect(refresh.statusCode).toBe(401);
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token: invitationToken, password: 'Another-pass-2026', displayName: '同事' },
    });
    expect(accept.statusCode).toBe(404);
    expect(accept.headers['set-cookie']).toBeUndefined();
  });

  test('refresh is refused for a disabled enterprise even while its refresh token is live', async () => {
    const e = await registerEnterprise(t.app);
    // Disable directly in the database: whatever the admin route revokes, refresh must check.
    await t.db.database.db.execute(
      `update organizations set disabled_at = now() where id = '${e.session.organization!.id}'`,
    );
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: e.cookie },
    });
    expect(refresh.statusCode).toBe(401);
  });
});

describe('an access token stops working when its session ends', () => {
  test('after logout', async () => {
    const e = await registerEnterprise(t.app);
    expect((await get(t, e.token)).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: e.cookie },
    });
    expect(out.statusCode).toBe(204);
    const res = await get(t, e.token);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'session_ended' });
  });

  test('after a refresh reuse revoked the family (the old and the new access token)', async () => {
    const e = await registerEnterprise(t.app);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: e.cookie },
    });
    expect(first.statusCode).toBe(200);
    const successor = first.json<{ accessToken: string }>().accessToken;
    // Much later (past any grace window) the rotated token is presented again: the family dies.
    await t.db.database.db.execute(
      `update refresh_tokens set rotated_at = now() - interval '1 hour' where rotated_at is not null`,
    );
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: e.cookie },
    });
    expect(reuse.statusCode).toBe(401);
    expect((await get(t, e.token)).statusCode).toBe(401);
    expect((await get(t, successor)).statusCode).toBe(401);
  });

  test('after a password change (the new session works)', async () => {
    const e = await registerEnterprise(t.app);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: e.headers,
      payload: { currentPassword: e.body.user.password, newPassword: 'Changed-pass-2026-x' },
    });
    expect(change.statusCode).toBe(200);
    expect((await get(t, e.token)).statusCode).toBe(401);
    expect((await get(t, change.json<{ accessToken: string }>().accessToken)).statusCode).toBe(200);
  });

  test('after the user is disabled', async () => {
    const e = await registerEnterprise(t.app);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${e.session.user.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect((await get(t, e.token)).statusCode).toBe(401);
  });

  test('a validly signed token for a user that does not exist, or another session id, is refused', async () => {
    const e = await registerEnterprise(t.app);
    const c = claimsOf(e.token);
    expect((await get(t, signed(c))).statusCode).toBe(200); // the helper signs right
    expect((await get(t, signed({ ...c, sub: randomUUID() }))).statusCode).toBe(401);
    expect((await get(t, signed({ ...c, sid: randomUUID() }))).statusCode).toBe(401);
    expect((await get(t, signed({ ...c, role: 'admin', org: null }))).statusCode).toBe(401);
  });

  test('a token without exp is refused', async () => {
    const e = await registerEnterprise(t.app);
    const { exp: _exp, ...noExp } = claimsOf(e.token);
    const res = await get(t, signed(noExp));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('with the default session-state cache', () => {
  beforeAll(async () => {
    cached = await createTestApp();
  });

  test('a disabled enterprise is refused within the cache bound (3 s)', async () => {
    const adm = await login(cached.app, 'admin@zhiping.local', DEMO_PASSWORD);
    const e = await registerEnterprise(cached.app);
    expect((await get(cached, e.token)).statusCode).toBe(200);
    await disableOrganization(cached, e.session.organization!.id, adm);
    await new Promise((r) => setTimeout(r, cached.config.sessionCheckCacheMs + 100));
    expect((await get(cached, e.token)).statusCode).toBe(401);
  });

  test('on the instance that disabled them, an enterprise and an account are refused at once', async () => {
    const adm = await login(cached.app, 'admin@zhiping.local', DEMO_PASSWORD);
    const e = await registerEnterprise(cached.app);
    const u = await registerEnterprise(cached.app);
    // Both sessions are now remembered as live by this instance's cache.
    expect((await get(cached, e.token)).statusCode).toBe(200);
    expect((await get(cached, u.token)).statusCode).toBe(200);
    await disableOrganization(cached, e.session.organization!.id, adm);
    const disable = await cached.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${u.session.user.id}`,
      headers: adm.headers,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    // No wait: the admin's instance forgot both sessions when the change committed.
    expect((await get(cached, e.token)).statusCode).toBe(401);
    expect((await get(cached, u.token)).statusCode).toBe(401);
  });
});
