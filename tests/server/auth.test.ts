import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import {
  login,
  PASSWORD,
  refreshCookieOf,
  registerEnterprise,
  registration,
} from '../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '5' });
});
afterAll(() => t.close());

describe('registration', () => {
  test('registers an enterprise and its first user, and starts a session', async () => {
    const a = await registerEnterprise(t.app);
    expect(a.session.user).toMatchObject({ role: 'respondent', email: a.body.user.email });
    expect(a.session.organization?.creditCode).toBe(a.body.organization.creditCode);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: a.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: a.session.user.id } });
  });

  test.each([
    [
      'a wrong check character',
      { creditCode: '91110000MA01ABCD1X' },
      'body.organization.creditCode',
      /check character/,
    ],
    [
      'a short credit code',
      { creditCode: '9111' },
      'body.organization.creditCode',
      /18 characters/,
    ],
    ['an unknown industry', { industry: 'mining' }, 'body.organization.industry', /./],
  ])('refuses %s with 400 naming the field', async (_n, org, field, message) => {
    const body = registration(org as object);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const p = res.json<{ code: string; errors: { field: string; message: string }[] }>();
    expect(p.code).toBe('validation_failed');
    const e = p.errors.find((x) => x.field === field);
    expect(e?.message).toMatch(message);
  });

  test('refuses a weak password, naming the field', async () => {
    const body = registration();
    body.user.password = 'short';
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'body.user.password',
    );
  });

  test('refuses a second registration of the same credit code with 409', async () => {
    const a = await registerEnterprise(t.app);
    const body = registration({ creditCode: a.body.organization.creditCode });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'organization_exists' });
  });

  test('a malformed JSON body is 400 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"organization": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400 });
  });
});

describe('login and sessions', () => {
  test('a wrong password and an unknown email get the same answer', async () => {
    const a = await registerEnterprise(t.app);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: a.body.user.email, password: 'nope-nope-1' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.com', password: 'nope-nope-1' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
  });

  test('the refresh token rotates, and reusing a rotated one revokes the family', async () => {
    const a = await registerEnterprise(t.app);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: a.cookie },
    });
    expect(first.statusCode).toBe(200);
    const rotated = refreshCookieOf(first.headers['set-cookie']);
    expect(rotated).not.toBe(a.cookie);
    // The old token again: reuse detected, the family dies.
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: a.cookie },
    });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json()).toMatchObject({ code: 'refresh_token_reused' });
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: rotated },
    });
    expect(after.statusCode).toBe(401);
  });

  test('the refresh cookie is httpOnly, SameSite=Strict and scoped to the auth path', async () => {
    const body = registration();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    expect(raw).toMatch(/Path=\/api\/v1\/auth/);
  });

  test('logout ends the session', async () => {
    const a = await registerEnterprise(t.app);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: a.cookie },
    });
    expect(out.statusCode).toBe(204);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: a.cookie },
    });
    expect(res.statusCode).toBe(401);
  });

  test('changing the password ends other sessions and the new password works', async () => {
    const a = await registerEnterprise(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: a.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'Another-pass-2027' },
    });
    expect(res.statusCode).toBe(200);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: a.cookie },
    });
    expect(old.statusCode).toBe(401);
    await expect(login(t.app, a.body.user.email, 'Another-pass-2027')).resolves.toBeTruthy();
  });

  test('brute force on one account hits the rate limit', async () => {
    const a = await registerEnterprise(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: a.body.user.email, password: `wrong-${i}-xxxx` },
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 5).every((c) => c === 401)).toBe(true);
    expect(codes.slice(5)).toEqual([429, 429]);
  });
});

describe('invitations', () => {
  test('a colleague accepts an invitation and joins the same enterprise, once', async () => {
    const a = await registerEnterprise(t.app);
    const inv = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organization/invitations',
      headers: a.headers,
      payload: { email: 'Colleague@Example.com' },
    });
    expect(inv.statusCode).toBe(201);
    const { token } = inv.json<{ token: string }>();
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'Colleague-pass-1', displayName: '同事' },
    });
    expect(accept.statusCode).toBe(201);
    expect(accept.json()).toMatchObject({
      user: { email: 'colleague@example.com', organizationId: a.session.organization?.id },
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'Colleague-pass-1', displayName: '同事' },
    });
    expect(again.statusCode).toBe(404);
  });

  test('requests without a token are 401', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organization/invitations',
      payload: { email: 'x@example.com' },
    });
    expect(res.statusCode).toBe(401);
  });
});
