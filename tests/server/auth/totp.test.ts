import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { login, PASSWORD, refreshCookieOf, registerEnterprise } from '../../support/fixtures.ts';
import { enrolTotp, loginWithCode, totpCode } from '../../support/totp.ts';

/**
 * TOTP second factor: enrolment confirmed with a code computed the way an authenticator app
 * computes it (otplib), sign-in in two steps, single-use recovery codes, disabling with a
 * code, and admins held to the enrolment when ADMIN_TOTP_REQUIRED.
 */
let t: TestApp;
let strict: TestApp;

beforeAll(async () => {
  t = await createTestApp({ SESSION_CHECK_CACHE_MS: '0' });
});
afterAll(async () => {
  await t?.close();
  await strict?.close();
});

const status = async (app: TestApp, headers: Record<string, string>) => {
  const res = await app.app.inject({ method: 'GET', url: '/api/v1/auth/totp', headers });
  expect(res.statusCode).toBe(200);
  return res.json<{ enabled: boolean; recoveryCodesLeft: number; required: boolean }>();
};

describe('TOTP enrolment and sign-in', () => {
  test('enrol (otpauth URI and QR code), then sign-in asks for the code', async () => {
    const e = await registerEnterprise(t.app);
    const email = e.body.user.email;
    expect(await status(t, e.headers)).toMatchObject({ enabled: false, required: false });

    const start = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrolment',
      headers: e.headers,
    });
    expect(start.statusCode).toBe(200);
    const enrolment = start.json<{ secret: string; otpauthUri: string; qrCode: string }>();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauthUri).toContain(encodeURIComponent(email));
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(enrolment.qrCode.split(',')[1]!, 'base64').toString()).toContain('<svg');

    // A wrong code does not enable it.
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrolment/confirm',
      headers: e.headers,
      payload: {
        code: (Number(await totpCode(enrolment.secret)) ^ 1).toString().padStart(6, '0'),
        currentPassword: PASSWORD,
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.code');
    expect((await status(t, e.headers)).enabled).toBe(false);

    // Nor does a right code without the password, or with a wrong one: an access token
    // alone (stolen) cannot put someone else's authenticator on the account.
    for (const payload of [
      { code: await totpCode(enrolment.secret) },
      { code: await totpCode(enrolment.secret), currentPassword: 'Not-the-password-1' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp/enrolment/confirm',
        headers: e.headers,
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
        'body.currentPassword',
      );
    }
    expect((await status(t, e.headers)).enabled).toBe(false);

    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/enrolment/confirm',
      headers: e.headers,
      payload: { code: await totpCode(enrolment.secret), currentPassword: PASSWORD },
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes, session } = confirm.json<{
      recoveryCodes: string[];
      session: { accessToken: string };
    }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const renewed = { authorization: `Bearer ${session.accessToken}` };
    // Sessions opened with the password alone ended; the one issued with the enrolment works.
    const old = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: e.headers });
    expect(old.statusCode).toBe(401);
    expect(await status(t, renewed)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    // The password alone no longer signs in: a challenge, no cookie.
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ secondFactor: 'totp', expiresIn: 300 });
    expect(first.json()).not.toHaveProperty('accessToken');
    expect(first.headers['set-cookie']).toBeUndefined();

    // The challenge is not an access token.
    const asBearer = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: {
        authorization: `Bearer ${first.json<{ challengeToken: string }>().challengeToken}`,
      },
    });
    expect(asBearer.statusCode).toBe(401);

    // The code of the next step (the enrolment used this one): signed in.
    const { second } = await loginWithCode(t.app, email, PASSWORD, () =>
      totpCode(enrolment.secret, 1),
    );
    expect(second.statusCode).toBe(200);
    expect(refreshCookieOf(second.headers['set-cookie'])).toMatch(/^zp_refresh=/);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${second.json<{ accessToken: string }>().accessToken}` },
    });
    expect(me.json()).toMatchObject({ user: { email } });

    // The same code twice is refused (replay), and so is a wrong one.
    const replay = await loginWithCode(t.app, email, PASSWORD, () => totpCode(enrolment.secret, 1));
    expect(replay.second.statusCode).toBe(401);
    expect(replay.second.json()).toMatchObject({ code: 'invalid_code' });
  });

  test('five wrong codes in 15 minutes: the next try is 429 even with a right code; a right one before clears the count', async () => {
    const e = await registerEnterprise(t.app);
    const { recoveryCodes } = await enrolTotp(t.app, e);
    const email = e.body.user.email;
    const wrong = () => loginWithCode(t.app, email, PASSWORD, '000000');
    // Two wrong, then a right one: the count starts again. (Ten tries in all, enrolment
    // included: within the per-minute limit, so the 429 below is the 15-minute budget's.)
    for (let i = 0; i < 2; i++) expect((await wrong()).second.statusCode).toBe(401);
    expect((await loginWithCode(t.app, email, PASSWORD, recoveryCodes[0]!)).second.statusCode).toBe(
      200,
    );
    for (let i = 0; i < 5; i++) {
      const res = (await wrong()).second;
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'invalid_code' });
    }
    const blocked = (await loginWithCode(t.app, email, PASSWORD, recoveryCodes[1]!)).second;
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'rate_limited' });
  });

  test('recovery codes work once each; a tampered or expired challenge is refused', async () => {
    const e = await registerEnterprise(t.app);
    const { recoveryCodes } = await enrolTotp(t.app, e);
    const email = e.body.user.email;
    const ok = await loginWithCode(t.app, email, PASSWORD, recoveryCodes[0]!.toUpperCase());
    expect(ok.second.statusCode).toBe(200);
    const again = await loginWithCode(t.app, email, PASSWORD, recoveryCodes[0]!);
    expect(again.second.statusCode).toBe(401);
    const headers = {
      authorization: `Bearer ${ok.second.json<{ accessToken: string }>().accessToken}`,
    };
    expect((await status(t, headers)).recoveryCodesLeft).toBe(9);

    const [payload, mac] = again.challengeToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), exp: 9e9 }),
    ).toString('base64url');
    for (const challengeToken of [`${forged}.${mac}`, `${payload}.${'A'.repeat(43)}`]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/totp',
        payload: { challengeToken, code: recoveryCodes[1]! },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'challenge_invalid' });
    }
    // A password change voids outstanding challenges.
    const pending = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: PASSWORD, newPassword: 'Changed-pass-2026-y' },
    });
    expect(change.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: {
        challengeToken: pending.json<{ challengeToken: string }>().challengeToken,
        code: recoveryCodes[1]!,
      },
    });
    expect(stale.statusCode).toBe(401);
  });

  test('recovery codes are stored hashed', async () => {
    const e = await registerEnterprise(t.app);
    const { recoveryCodes } = await enrolTotp(t.app, e);
    const result: unknown = await t.db.database.db.execute(
      `select code_hash from totp_recovery_codes where user_id = '${e.session.user.id}'`,
    );
    const rows = (result as { rows: { code_hash: string }[] }).rows;
    expect(rows).toHaveLength(10);
    const stored = rows.map((r) => r.code_hash).join(' ');
    for (const c of recoveryCodes) {
      expect(stored).not.toContain(c);
      expect(stored).not.toContain(c.replace('-', ''));
    }
  });

  test('disable needs a valid code; afterwards the password alone signs in', async () => {
    const e = await registerEnterprise(t.app);
    const { actor, recoveryCodes } = await enrolTotp(t.app, e);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      headers: actor.headers,
      payload: { code: '000000' },
    });
    expect(bad.statusCode).toBe(400);
    const off = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      headers: actor.headers,
      payload: { code: recoveryCodes[3]! },
    });
    expect(off.statusCode).toBe(204);
    expect((await status(t, actor.headers)).enabled).toBe(false);
    await expect(login(t.app, e.body.user.email, PASSWORD)).resolves.toBeTruthy();
  });

  test('a second factor is asked for with bad input as 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/totp',
      payload: { challengeToken: 'x'.repeat(40), code: 'not a code' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((x) => x.field)).toEqual([
      'body.code',
    ]);
  });
});

describe('admins must enrol when ADMIN_TOTP_REQUIRED', () => {
  test('until enrolled, an admin session reaches only the enrolment; then everything, with a code', async () => {
    strict = await createTestApp({ ADMIN_TOTP_REQUIRED: 'true', SESSION_CHECK_CACHE_MS: '0' });
    const admin = await login(strict.app, 'admin@zhiping.local', DEMO_PASSWORD);
    expect(admin.session.restriction).toBe('totp_enrolment');
    const users = await strict.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: admin.headers,
    });
    expect(users.statusCode).toBe(403);
    expect(users.json()).toMatchObject({ code: 'totp_enrolment_required' });
    const me = await strict.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: admin.headers,
    });
    expect(me.statusCode).toBe(200);
    expect(await status(strict, admin.headers)).toMatchObject({ enabled: false, required: true });

    // A refresh keeps the restriction.
    const refreshed = await strict.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: admin.cookie },
    });
    expect(refreshed.json()).toMatchObject({ restriction: 'totp_enrolment' });

    const { actor, secret, recoveryCodes } = await enrolTotp(
      strict.app,
      {
        ...admin,
        headers: {
          authorization: `Bearer ${refreshed.json<{ accessToken: string }>().accessToken}`,
        },
      },
      DEMO_PASSWORD,
    );
    expect(actor.session.restriction).toBeUndefined();
    const after = await strict.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: actor.headers,
    });
    expect(after.statusCode).toBe(200);

    // An admin who must have it cannot turn it off.
    const off = await strict.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/disable',
      headers: actor.headers,
      payload: { code: recoveryCodes[0]! },
    });
    expect(off.statusCode).toBe(409);
    expect(off.json()).toMatchObject({ code: 'totp_required' });

    const { second } = await loginWithCode(strict.app, 'admin@zhiping.local', DEMO_PASSWORD, () =>
      totpCode(secret, 1),
    );
    expect(second.statusCode).toBe(200);
    expect(second.json()).not.toHaveProperty('restriction');

    // Respondents are not held to it.
    const e = await registerEnterprise(strict.app);
    expect(e.session.restriction).toBeUndefined();
  }, 120_000); // a second app (PGlite and seeds) starts inside this test
});
