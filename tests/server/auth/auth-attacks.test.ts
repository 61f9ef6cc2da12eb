import { createHmac, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import { REPO_ROOT } from '@zhiping/server/config';
import { openSuccessor } from '@zhiping/server/modules/auth/refresh-seal';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../../support/app.ts';
import {
  invitationTokenFor,
  PASSWORD,
  refreshCookieOf,
  registerEnterprise,
  registration,
  type Actor,
} from '../../support/fixtures.ts';
import type { RegisterBody, Session } from '@zhiping/shared';

/**
 * Attacks on authentication: forged, tampered and expired tokens, refresh-token races,
 * brute force per account and per IP, weak passwords, user enumeration, guessable ids.
 * One app for the file; each test speaks from its own client address, so the per-IP limit
 * (set low here) is exercised by one test without starving the others.
 */

const IP_LIMIT = 30;
const ACCOUNT_LIMIT = 5;

let t: TestApp;
let ipCounter = 0;
/** A client address of its own, for one test. */
const freshIp = () => `10.77.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

const inject = (opts: InjectOptions, ip: string) => t.app.inject({ ...opts, remoteAddress: ip });

const register = (ip: string, overrides: Partial<RegisterBody['organization']> = {}) =>
  registerEnterprise(t.app, overrides, { remoteAddress: ip });

async function loginAs(ip: string, email: string, password: string) {
  const res = await inject(
    { method: 'POST', url: '/api/v1/auth/login', payload: { email, password } },
    ip,
  );
  if (res.statusCode !== 200) throw new Error(`login: ${res.statusCode} ${res.body}`);
  const session = res.json<Session>();
  return {
    session,
    token: session.accessToken,
    cookie: refreshCookieOf(res.headers['set-cookie']),
    headers: { authorization: `Bearer ${session.accessToken}` },
  } satisfies Actor;
}

let respondent: Awaited<ReturnType<typeof register>>;
let otherEnterprise: Awaited<ReturnType<typeof register>>;
let admin: Actor;

beforeAll(async () => {
  t = await createTestApp({
    AUTH_IP_RATE_LIMIT_PER_MINUTE: String(IP_LIMIT),
    LOGIN_RATE_LIMIT_PER_MINUTE: String(ACCOUNT_LIMIT),
  });
  const ip = freshIp();
  respondent = await register(ip);
  otherEnterprise = await register(ip);
  admin = await loginAs(ip, 'admin@zhiping.local', DEMO_PASSWORD);
});
afterAll(() => t.close());

// ---- Tokens made by hand ----

const b64url = (v: unknown) =>
  Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

function jwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  sign: (input: string) => string = (input) =>
    createHmac('sha256', TEST_JWT_SECRET).update(input).digest('base64url'),
): string {
  const input = `${b64url(header)}.${b64url(payload)}`;
  return `${input}.${sign(input)}`;
}

const now = () => Math.floor(Date.now() / 1000);
const sidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid;
const adminClaims = () => ({
  sub: admin.session.user.id,
  role: 'admin',
  org: null,
  sid: sidOf(admin.token),
  iat: now(),
  exp: now() + 600,
});

const me = (token: string, ip = freshIp()) =>
  inject(
    { method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } },
    ip,
  );
const adminUsers = (token: string) =>
  inject(
    { method: 'GET', url: '/api/v1/admin/users', headers: { authorization: `Bearer ${token}` } },
    freshIp(),
  );

describe('forged and tampered access tokens', () => {
  test('the hand-made token helper is right: a well-formed HS256 token with the secret is accepted', async () => {
    // Without this control every refusal below could be a bug of the helper.
    const res = await adminUsers(jwt({ alg: 'HS256', typ: 'JWT' }, adminClaims()));
    expect(res.statusCode).toBe(200);
  });

  test.each([
    ['alg none, no signature', () => jwt({ alg: 'none', typ: 'JWT' }, adminClaims(), () => '')],
    ['alg None', () => jwt({ alg: 'None', typ: 'JWT' }, adminClaims(), () => '')],
    ['alg NONE with a junk signature', () => jwt({ alg: 'NONE' }, adminClaims(), () => 'x')],
    [
      'signed with a wrong key',
      () =>
        jwt({ alg: 'HS256', typ: 'JWT' }, adminClaims(), (i) =>
          createHmac('sha256', 'a-wrong-secret-that-is-long-enough-0123456789')
            .update(i)
            .digest('base64url'),
        ),
    ],
    [
      'HS512 with the real secret',
      () =>
        jwt({ alg: 'HS512', typ: 'JWT' }, adminClaims(), (i) =>
          createHmac('sha512', TEST_JWT_SECRET).update(i).digest('base64url'),
        ),
    ],
    [
      'HS384 with the real secret',
      () =>
        jwt({ alg: 'HS384', typ: 'JWT' }, adminClaims(), (i) =>
          createHmac('sha384', TEST_JWT_SECRET).update(i).digest('base64url'),
        ),
    ],
    // Algorithm confusion: an RS256 header with an HMAC of the "public key" (here the secret).
    ['RS256 header, HMAC signature', () => jwt({ alg: 'RS256', typ: 'JWT' }, adminClaims())],
    ['ES256 header, HMAC signature', () => jwt({ alg: 'ES256', typ: 'JWT' }, adminClaims())],
    ['no alg at all', () => jwt({ typ: 'JWT' }, adminClaims())],
  ])('%s: 401', async (_name, make) => {
    const res = await adminUsers(make());
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  test('an expired token signed with the right key: 401 token_expired', async () => {
    const token = jwt(
      { alg: 'HS256', typ: 'JWT' },
      { ...adminClaims(), iat: now() - 3600, exp: now() - 60 },
    );
    const res = await adminUsers(token);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'token_expired' });
  });

  test('a token not valid yet (nbf in the future): 401', async () => {
    const token = jwt({ alg: 'HS256', typ: 'JWT' }, { ...adminClaims(), nbf: now() + 3600 });
    expect((await adminUsers(token)).statusCode).toBe(401);
  });

  test('claims changed without re-signing (role → admin, org → another enterprise): 401', async () => {
    const [header, payload, signature] = respondent.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ role: 'respondent', org: respondent.session.organization!.id });
    // The untouched token works: the refusals below are the tampering's.
    expect((await me(respondent.token)).statusCode).toBe(200);

    const asAdmin = `${header}.${b64url({ ...claims, role: 'admin', org: null })}.${signature}`;
    expect((await adminUsers(asAdmin)).statusCode).toBe(401);

    const otherOrg = otherEnterprise.session.organization!.id;
    const moved = `${header}.${b64url({ ...claims, org: otherOrg })}.${signature}`;
    const res = await inject(
      { method: 'GET', url: '/api/v1/assessments', headers: { authorization: `Bearer ${moved}` } },
      freshIp(),
    );
    expect(res.statusCode).toBe(401);
    // Re-encoding the same claims with different JSON spacing also breaks the signature.
    const respaced = `${header}.${b64url(JSON.stringify(claims, null, 1))}.${signature}`;
    expect((await me(respaced)).statusCode).toBe(401);
  });

  test('a token signed with the key but with claims outside the contract: 401', async () => {
    // Even a holder of the key (or a token from another service sharing it) cannot present
    // a role the server does not know, or a respondent without an enterprise to scope by.
    const base = { iat: now(), exp: now() + 600 };
    const user = respondent.session.user.id;
    for (const claims of [
      { ...base, sub: user, role: 'superadmin', org: null },
      { ...base, sub: user, role: 'respondent', org: null },
      { ...base, sub: user, role: 'respondent' },
      { ...base, sub: 'not-a-uuid', role: 'admin', org: null },
      { ...base, role: 'admin', org: null },
      { ...base, sub: user, role: 'assessor', org: respondent.session.organization!.id },
    ]) {
      const res = await inject(
        {
          method: 'GET',
          url: '/api/v1/assessments',
          headers: { authorization: `Bearer ${jwt({ alg: 'HS256', typ: 'JWT' }, claims)}` },
        },
        freshIp(),
      );
      expect(res.statusCode, JSON.stringify(claims)).toBe(401);
    }
  });

  test.each([
    ['no scheme', (tk: string) => tk],
    [
      'Basic scheme',
      () => `Basic ${Buffer.from('admin@zhiping.local:Demo@2026!').toString('base64')}`,
    ],
    ['Bearer without a token', () => 'Bearer'],
    ['Bearer and a space', () => 'Bearer '],
    ['two segments', () => 'Bearer a.b'],
    ['four segments', (tk: string) => `Bearer ${tk}.x`],
    ['not base64', () => 'Bearer !!!.@@@.###'],
    ['payload not JSON', () => `Bearer ${b64url({ alg: 'HS256' })}.${b64url('nope')}.x`],
    ['an 8 KB token', () => `Bearer ${'a'.repeat(8_000)}.${'b'.repeat(100)}.c`],
  ])('a malformed authorization header (%s): 401, never 5xx', async (_n, header) => {
    const res = await inject(
      {
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: header(respondent.token) },
      },
      freshIp(),
    );
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  test('the token is read from the authorization header only (not a query string or cookie)', async () => {
    const ip = freshIp();
    const q = await inject({ method: 'GET', url: `/api/v1/auth/me?token=${admin.token}` }, ip);
    const q2 = await inject(
      { method: 'GET', url: `/api/v1/auth/me?access_token=${admin.token}` },
      ip,
    );
    const c = await inject(
      { method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `token=${admin.token}` } },
      ip,
    );
    expect([q.statusCode, q2.statusCode, c.statusCode]).toEqual([401, 401, 401]);
  });
});

describe('the enterprise comes from the token, not from the request', () => {
  test('an organizationId in a body or query string does not move the caller into another enterprise', async () => {
    const ip = freshIp();
    const other = otherEnterprise.session.organization!.id;
    const versions = await inject(
      { method: 'GET', url: '/api/v1/indicator-systems', headers: respondent.headers },
      ip,
    );
    const versionId = versions
      .json<{ items: { id: string; systemCode: string }[] }>()
      .items.find((v) => v.systemCode === 'cmmm-2020')!.id;
    const created = await inject(
      {
        method: 'POST',
        url: '/api/v1/assessments',
        headers: respondent.headers,
        payload: {
          versionId,
          title: '越权测试',
          profileId: 'automotive',
          targetLevel: 3,
          organizationId: other,
          organization: { id: other },
        },
      },
      ip,
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ organizationId: respondent.session.organization!.id });

    const mine = await inject(
      {
        method: 'GET',
        url: `/api/v1/assessments?organizationId=${other}&org=${other}`,
        headers: respondent.headers,
      },
      ip,
    );
    expect(mine.statusCode).toBe(200);
    const items = mine.json<{ items: { organizationId: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.organizationId))).toEqual(
      new Set([respondent.session.organization!.id]),
    );
    // And the other enterprise does not see it.
    const theirs = await inject(
      {
        method: 'GET',
        url: `/api/v1/assessments/${created.json<{ id: string }>().id}`,
        headers: otherEnterprise.headers,
      },
      ip,
    );
    expect(theirs.statusCode).toBe(404);
  });

  test('a moved or disabled account gets no new token for its old standing', async () => {
    const ip = freshIp();
    const user = await register(ip);
    const target = otherEnterprise.session.organization!.id;
    const move = await inject(
      {
        method: 'PATCH',
        url: `/api/v1/admin/users/${user.session.user.id}`,
        headers: admin.headers,
        payload: { organizationId: target },
      },
      ip,
    );
    expect(move.statusCode).toBe(200);
    // The move ended the sessions: the old refresh token is dead.
    const refresh = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: user.cookie } },
      ip,
    );
    expect(refresh.statusCode).toBe(401);
    // A new sign-in carries the new enterprise.
    const again = await loginAs(ip, user.body.user.email, PASSWORD);
    const claims = JSON.parse(Buffer.from(again.token.split('.')[1]!, 'base64url').toString()) as {
      org: string;
    };
    expect(claims.org).toBe(target);
    // Disabled: signing in and refreshing both stop.
    expect(
      (
        await inject(
          {
            method: 'PATCH',
            url: `/api/v1/admin/users/${user.session.user.id}`,
            headers: admin.headers,
            payload: { disabled: true },
          },
          ip,
        )
      ).statusCode,
    ).toBe(200);
    const r2 = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: again.cookie } },
      ip,
    );
    expect(r2.statusCode).toBe(401);
    const l2 = await inject(
      {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.body.user.email, password: PASSWORD },
      },
      ip,
    );
    expect(l2.statusCode).toBe(401);
    // Known limit, by design: an access token already issued stays valid until it expires
    // (ACCESS_TOKEN_TTL_SECONDS, 15 min by default); /auth/me reads the account and refuses.
    expect((await me(again.token, ip)).statusCode).toBe(401);
  });
});

describe('refresh tokens', () => {
  test('8 parallel refreshes with one cookie (two tabs) keep the session: one successor for all', async () => {
    const ip = freshIp();
    const user = await register(ip);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        inject(
          { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: user.cookie } },
          ip,
        ),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    // Every tab got the same successor, so whichever cookie the browser keeps is the live one.
    const cookies = new Set(results.map((r) => refreshCookieOf(r.headers['set-cookie'])));
    expect(cookies.size).toBe(1);
    const [successor] = [...cookies];
    expect(successor).not.toBe(user.cookie);
    for (const r of results)
      expect((await me(r.json<Session>().accessToken, ip)).statusCode).toBe(200);
    // The family is alive: the successor rotates as usual.
    const next = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: successor! } },
      ip,
    );
    expect(next.statusCode).toBe(200);
  });

  test('a rotated token presented after the grace window still revokes the family', async () => {
    const ip = freshIp();
    const user = await register(ip);
    const first = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: user.cookie } },
      ip,
    );
    expect(first.statusCode).toBe(200);
    const successor = refreshCookieOf(first.headers['set-cookie']);
    // The rotation happened longer ago than REFRESH_GRACE_SECONDS (10 s by default).
    await t.db.database.db.execute(
      `update refresh_tokens set rotated_at = rotated_at - interval '11 seconds' where user_id = '${user.session.user.id}'`,
    );
    const reuse = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: user.cookie } },
      ip,
    );
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json()).toMatchObject({ code: 'refresh_token_reused' });
    const after = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: successor } },
      ip,
    );
    expect(after.statusCode).toBe(401);
    expect((await me(first.json<Session>().accessToken, ip)).statusCode).toBe(401);
  });

  test('within the window the grace needs the old token itself: a stored seal opens with nothing else', async () => {
    const ip = freshIp();
    const user = await register(ip);
    const first = await inject(
      { method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: user.cookie } },
      ip,
    );
    expect(first.statusCode).toBe(200);
    const result: unknown = await t.db.database.db.execute(
      `select successor_sealed from refresh_tokens where user_id = '${user.session.user.id}'`,
    );
    const rows = (result as { rows: { successor_sealed: string | null }[] }).rows;
    const successor = refreshCookieOf(first.headers['set-cookie']).split('=')[1]!;
    // What the database holds is no usable token: neither the successor nor its hash in clear.
    for (const r of rows) expect(r.successor_sealed ?? '').not.toContain(successor);
    const sealed = rows.find((r) => r.successor_sealed)!.successor_sealed!;
    expect(openSuccessor('A'.repeat(43), sealed)).toBeNull();
    expect(openSuccessor(user.cookie.split('=')[1]!, sealed)).toBe(successor);
  });

  test('a random or empty refresh cookie is 401 and writes nothing', async () => {
    const ip = freshIp();
    for (const cookie of ['zp_refresh=', `zp_refresh=${'A'.repeat(43)}`, 'zp_refresh=%00', '']) {
      const res = await inject(
        { method: 'POST', url: '/api/v1/auth/refresh', headers: cookie ? { cookie } : {} },
        ip,
      );
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'session_expired' });
    }
  });
});

describe('brute force', () => {
  test('failures per account and address: the guessing address gets 429, the owner signs in from theirs', async () => {
    const victim = await register(freshIp());
    const email = victim.body.user.email;
    const attacker = freshIp();
    const spellings = [
      email,
      email.toUpperCase(),
      ` ${email}`,
      email.replace(/^./, (c) => c.toUpperCase()),
    ];
    const codes: number[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT + 2; i++) {
      const res = await inject(
        {
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: spellings[i % spellings.length], password: `wrong-pass-${i}` },
        },
        attacker,
      );
      codes.push(res.statusCode);
    }
    // Every spelling is the same account: the pair's failures add up.
    expect(codes.slice(0, ACCOUNT_LIMIT)).toEqual(Array(ACCOUNT_LIMIT).fill(401));
    expect(codes.slice(ACCOUNT_LIMIT)).toEqual([429, 429]);
    const fromAttacker = await inject(
      { method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } },
      attacker,
    );
    expect(fromAttacker.statusCode).toBe(429);
    expect(fromAttacker.headers['content-type']).toContain('application/problem+json');
    expect(fromAttacker.json()).toMatchObject({ code: 'rate_limited' });
    // The real user, from their own address, is not locked out by someone else's guesses.
    const owner = freshIp();
    const right = await inject(
      { method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } },
      owner,
    );
    expect(right.statusCode).toBe(200);
    // Nor is a typo of theirs answered 429: their pair has no failures of its own yet.
    const typo = await inject(
      { method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'Typo-pass-2026' } },
      owner,
    );
    expect(typo.statusCode).toBe(401);
    // The guessing address is limited for this account only.
    const other = await register(freshIp());
    const elsewhere = await inject(
      {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: other.body.user.email, password: PASSWORD },
      },
      attacker,
    );
    expect(elsewhere.statusCode).toBe(200);
  });

  test('only failures count: sign-ins that succeed never reach the limit, and a success forgives', async () => {
    const user = await register(freshIp());
    const email = user.body.user.email;
    const ip = freshIp();
    const login = (password: string) =>
      inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } }, ip);
    const codes: number[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT + 3; i++) codes.push((await login(PASSWORD)).statusCode);
    expect(codes).toEqual(Array(ACCOUNT_LIMIT + 3).fill(200));
    const round = async () => {
      const out: number[] = [];
      for (let i = 0; i < ACCOUNT_LIMIT - 1; i++)
        out.push((await login(`wrong-pass-${i}`)).statusCode);
      out.push((await login(PASSWORD)).statusCode);
      return out;
    };
    // limit - 1 failures, then the right password, twice: never a 429.
    expect([...(await round()), ...(await round())]).toEqual([
      ...Array(ACCOUNT_LIMIT - 1).fill(401),
      200,
      ...Array(ACCOUNT_LIMIT - 1).fill(401),
      200,
    ]);
  });

  test('parallel guesses from one address cannot slip past the limit', async () => {
    const user = await register(freshIp());
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT + 5 }, (_, i) =>
        inject(
          {
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: user.body.user.email, password: `wrong-pass-${i}` },
          },
          ip,
        ),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(ACCOUNT_LIMIT);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });

  test('per client address: many accounts from one address hit 429, another address does not', async () => {
    const ip = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < IP_LIMIT + 2; i++) {
      const res = await inject(
        {
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `nobody-${i}-${randomUUID()}@example.com`, password: 'Wrong-pass-1' },
        },
        ip,
      );
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, IP_LIMIT).every((c) => c === 401)).toBe(true);
    expect(codes.slice(IP_LIMIT)).toEqual([429, 429]);
    // The same address is limited on the other credential routes too.
    const reg = await inject(
      { method: 'POST', url: '/api/v1/auth/register', payload: registration() },
      ip,
    );
    expect(reg.statusCode).toBe(429);
    expect(reg.json()).toMatchObject({ code: 'rate_limited' });
    const other = await inject(
      {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `nobody-${randomUUID()}@example.com`, password: 'Wrong-pass-1' },
      },
      freshIp(),
    );
    expect(other.statusCode).toBe(401);
  });
});

describe('password policy', () => {
  const weak: [string, string, RegExp][] = [
    ['too short', 'Ab1', /at least 10/],
    ['no digit', 'abcdefghijkL', /letter and a digit/],
    ['no letter', '12345678901', /letter and a digit/],
    ['too long', `A1${'x'.repeat(127)}`, /at most 128/],
    ['empty', '', /at least 10/],
    ['among the most common', 'password12', /most common/],
    ['common in another case', 'Password12', /most common/],
    ['padded with spaces', `${' '.repeat(10)}1a`, /space/],
    ['ending in a space', 'Secret-pass-2026 ', /space/],
  ];

  test.each(weak)(
    'registration refuses a password %s, naming the field',
    async (_n, pw, message) => {
      const body = registration();
      body.user.password = pw;
      const res = await inject(
        { method: 'POST', url: '/api/v1/auth/register', payload: body },
        freshIp(),
      );
      expect(res.statusCode).toBe(400);
      const errors = res.json<{ errors: { field: string; message: string }[] }>().errors;
      expect(errors.find((e) => e.field === 'body.user.password')?.message).toMatch(message);
    },
  );

  test('every route that sets a password applies the same policy', async () => {
    const ip = freshIp();
    const change = await inject(
      {
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: respondent.headers,
        payload: { currentPassword: PASSWORD, newPassword: 'password' },
      },
      ip,
    );
    expect(change.statusCode).toBe(400);
    expect(change.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'body.newPassword',
    );
    const commonChange = await inject(
      {
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: respondent.headers,
        payload: { currentPassword: PASSWORD, newPassword: 'password12' },
      },
      ip,
    );
    expect(commonChange.statusCode).toBe(400);
    expect(commonChange.json<{ errors: { field: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'body.newPassword' }),
    ]);
    const inviteeEmail = `weak-${randomUUID()}@example.com`;
    const invite = await inject(
      {
        method: 'POST',
        url: '/api/v1/organization/invitations',
        headers: respondent.headers,
        payload: { email: inviteeEmail },
      },
      ip,
    );
    expect(invite.statusCode).toBe(201);
    const token = await invitationTokenFor(t.app, inviteeEmail);
    for (const password of ['1234567890', 'password12', `${' '.repeat(10)}1a`]) {
      const accept = await inject(
        {
          method: 'POST',
          url: '/api/v1/auth/invitations/accept',
          payload: { token, password, displayName: '弱' },
        },
        ip,
      );
      expect(accept.statusCode, password).toBe(400);
      expect(accept.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
        'body.password',
      );
    }
    const staff = await inject(
      {
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: admin.headers,
        payload: {
          email: `weak-${randomUUID()}@example.com`,
          displayName: '弱',
          role: 'assessor',
          password: 'short',
        },
      },
      ip,
    );
    expect(staff.statusCode).toBe(400);
    expect(staff.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'body.password',
    );
  });
});

describe('no user enumeration through sign-in', () => {
  const strip = (body: string) => {
    const { instance: _i, ...rest } = JSON.parse(body) as Record<string, unknown>;
    return rest;
  };

  test('an unknown email, a wrong password and a disabled account answer alike', async () => {
    const ip = freshIp();
    const disabled = await register(ip);
    await inject(
      {
        method: 'PATCH',
        url: `/api/v1/admin/users/${disabled.session.user.id}`,
        headers: admin.headers,
        payload: { disabled: true },
      },
      ip,
    );
    const attempt = (email: string, password: string) =>
      inject(
        { method: 'POST', url: '/api/v1/auth/login', payload: { email, password } },
        freshIp(),
      );
    const unknown = await attempt(`nobody-${randomUUID()}@example.com`, 'Wrong-pass-1');
    const wrong = await attempt(respondent.body.user.email, 'Wrong-pass-1');
    const off = await attempt(disabled.body.user.email, PASSWORD);
    for (const r of [unknown, wrong, off]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toBe(unknown.headers['content-type']);
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(strip(off.body)).toEqual(strip(unknown.body));
  });

  test('an unknown email and a wrong password take about as long (argon2 runs for both)', async () => {
    const ip = freshIp();
    // Four fresh accounts, so the attempts stay under the per-account limit.
    const accounts: string[] = [];
    for (let i = 0; i < 4; i++) accounts.push((await register(ip)).body.user.email);
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      const res = await inject(
        { method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'Wrong-pass-1' } },
        ip,
      );
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      expect(res.statusCode).toBe(401);
      return ms;
    };
    // Warm-up: the dummy hash for unknown emails is computed on first use.
    await time(`warm-${randomUUID()}@example.com`);
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 10; i++) {
      unknown.push(await time(`nobody-${i}-${randomUUID()}@example.com`));
      known.push(await time(accounts[i % accounts.length]!));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(unknown) / median(known);
    console.log(
      `login timing: unknown email median ${median(unknown).toFixed(1)} ms, ` +
        `wrong password ${median(known).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
    );
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('secrets are never compared in JavaScript', () => {
  /*
   * Where comparisons of secrets happen, and why none is a timing side channel:
   *  - passwords: argon2 `verify` (lib/password.ts) compares the derived hash in constant
   *    time inside @node-rs/argon2; an unknown email is verified against a dummy hash, so
   *    the work is the same (timed above);
   *  - refresh tokens and invitation tokens: 256 random bits, stored as SHA-256; a request's
   *    token is hashed and looked up by equality in the database. What an attacker could
   *    learn from the lookup's timing is a prefix of a SHA-256 of a token they chose, which
   *    says nothing about any stored token;
   *  - access tokens: HMAC-SHA256 checked by @fastify/jwt (fast-jwt, timingSafeEqual).
   * This guards the rule: no `===` / `!==` on anything named like a token, password, hash
   * or secret in the authentication code.
   */
  test('no === or !== on a token, password, hash or secret in the auth code', () => {
    const root = join(REPO_ROOT, 'server', 'src');
    const files = [
      ...readdirSync(join(root, 'modules', 'auth')).map((f) => join(root, 'modules', 'auth', f)),
      join(root, 'plugins', 'auth.ts'),
      join(root, 'lib', 'password.ts'),
    ];
    const secretish = /token|password|passwd|hash|secret|signature/i;
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Operands of a strict (in)equality that are identifiers or member accesses;
          // comparisons with a string literal (error codes) do not match.
          for (const m of line.matchAll(/([\w$.?[\]]+)\s*[!=]==\s*([\w$.?[\]]+)/g)) {
            if (secretish.test(m[1]!) || secretish.test(m[2]!)) {
              offenders.push(`${file}:${i + 1}: ${line.trim()}`);
            }
          }
        });
    }
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(offenders).toEqual([]);
  });
});

describe('ids are random UUIDs (version 4), not guessable', () => {
  test('every id handed out is an RFC 4122 version 4 UUID', async () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const ip = freshIp();
    const a = await register(ip);
    const b = await register(ip);
    const ids = [
      a.session.user.id,
      a.session.organization!.id,
      b.session.user.id,
      b.session.organization!.id,
    ];
    const versions = await inject(
      { method: 'GET', url: '/api/v1/indicator-systems', headers: a.headers },
      ip,
    );
    const versionId = versions
      .json<{ items: { id: string; systemCode: string }[] }>()
      .items.find((v) => v.systemCode === 'cmmm-2020')!.id;
    ids.push(versionId);
    for (let i = 0; i < 3; i++) {
      const res = await inject(
        {
          method: 'POST',
          url: '/api/v1/assessments',
          headers: a.headers,
          payload: { versionId, title: `ID ${i}`, profileId: 'automotive', targetLevel: 2 },
        },
        ip,
      );
      ids.push(res.json<{ id: string }>().id);
    }
    const invite = await inject(
      {
        method: 'POST',
        url: '/api/v1/organization/invitations',
        headers: a.headers,
        payload: { email: `id-${randomUUID()}@example.com` },
      },
      ip,
    );
    ids.push(invite.json<{ id: string }>().id);
    const copy = await inject(
      {
        method: 'POST',
        url: `/api/v1/admin/indicator-systems/versions/${versionId}/copy`,
        headers: admin.headers,
        payload: { version: `id-${randomUUID().slice(0, 8)}` },
      },
      ip,
    );
    ids.push(copy.json<{ id: string }>().id);
    for (const id of ids) expect(id).toMatch(v4);
    expect(new Set(ids).size).toBe(ids.length);
    // Invitation tokens (in the mail only): 32 random bytes, base64url.
    expect(invite.json()).not.toHaveProperty('token');
    const email = invite.json<{ email: string }>().email;
    expect(await invitationTokenFor(t.app, email)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('headers', () => {
  test('security headers are set and CORS is closed by default', async () => {
    const res = await inject(
      {
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { ...respondent.headers, origin: 'https://evil.example' },
      },
      freshIp(),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    const preflight = await inject(
      {
        method: 'OPTIONS',
        url: '/api/v1/auth/me',
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      },
      freshIp(),
    );
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
