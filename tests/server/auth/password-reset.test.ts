import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { login, PASSWORD, registerEnterprise as register } from '../../support/fixtures.ts';
import { startSmtpSink, type SmtpSink } from '../../support/smtp.ts';

/**
 * Password reset read the way a user reads it: the link comes from a real SMTP server in
 * process. The request never tells whether an address has an account; the link works once,
 * for 30 minutes; using it ends every session of the user.
 */
let smtp: SmtpSink;
let t: TestApp;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({
    SMTP_URL: smtp.url,
    PUBLIC_BASE_URL: 'https://zhiping.example.com',
    PASSWORD_RESET_RATE_LIMIT_PER_HOUR: '3',
    SESSION_CHECK_CACHE_MS: '0',
  });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Registration confirmed through the SMTP sink, as the user would. */
const registerEnterprise = (app: TestApp['app']) =>
  register(app, {}, { confirmation: (email) => smtp.linkToken(email, '/register/confirm') });
const RESET = { link: '/reset-password' };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

const requestReset = (email: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/request',
    payload: { email },
    remoteAddress: ip,
  });
const reset = (token: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    payload: { token, password },
  });

function tokenOf(mail: ParsedMail): string {
  const m = /https:\/\/zhiping\.example\.com\/reset-password\?token=([\w%-]+)/.exec(
    mail.text ?? '',
  );
  expect(m, 'the reset link in the text part').not.toBeNull();
  expect(mail.html).toContain(`https://zhiping.example.com/reset-password?token=${m![1]}`);
  return decodeURIComponent(m![1]!);
}

describe('password reset', () => {
  test('the full flow: mail (zh), new password, every session ended, old password refused', async () => {
    const e = await registerEnterprise(t.app);
    const second = await login(t.app, e.body.user.email, PASSWORD);
    const email = e.body.user.email;

    const res = await requestReset(email.toUpperCase());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'accepted', expiresInMinutes: 30 });
    const mail = await smtp.next(email, RESET);
    expect(mail.subject).toBe('重置您的智评密码');
    expect(mail.text).toContain('30 分钟内有效');
    const token = tokenOf(mail);

    const done = await reset(token, 'Brand-new-pass-2026');
    expect(done.statusCode).toBe(204);

    // Every session of the user ended: access tokens and refresh cookies of both sign-ins.
    for (const s of [e, second]) {
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: s.headers });
      expect(me.statusCode).toBe(401);
      const refresh = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        headers: { cookie: s.cookie },
      });
      expect(refresh.statusCode).toBe(401);
    }
    await expect(login(t.app, email, PASSWORD)).rejects.toThrow(/401/);
    await expect(login(t.app, email, 'Brand-new-pass-2026')).resolves.toBeTruthy();

    // Single use.
    const again = await reset(token, 'Another-new-pass-2027');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'reset_link_invalid' });
  });

  test('the token is stored hashed: the database never holds the token of the link', async () => {
    const e = await registerEnterprise(t.app);
    expect((await requestReset(e.body.user.email, '10.0.0.2')).statusCode).toBe(202);
    const token = tokenOf(await smtp.next(e.body.user.email, RESET));
    const hashes = rowsOf<{ token_hash: string }>(
      await t.db.database.db.execute(
        `select token_hash from password_reset_tokens where user_id = '${e.session.user.id}'`,
      ),
    ).map((r) => r.token_hash);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes[0]).not.toContain(token);
  });

  test('an English user gets the English mail', async () => {
    const e = await registerEnterprise(t.app);
    await t.db.database.db.execute(
      `update users set locale = 'en' where id = '${e.session.user.id}'`,
    );
    expect((await requestReset(e.body.user.email, '10.0.0.3')).statusCode).toBe(202);
    const mail = await smtp.next(e.body.user.email, RESET);
    expect(mail.subject).toBe('Reset your zhiping password');
    expect(mail.text).toContain('for 30 minutes');
  });

  test('an unknown address gets the same answer, and no mail is sent', async () => {
    const known = await registerEnterprise(t.app);
    const a = await requestReset(known.body.user.email, '10.0.0.4');
    const b = await requestReset('nobody-at-all@example.com', '10.0.0.4');
    expect(b.statusCode).toBe(a.statusCode);
    expect(b.body).toBe(a.body);
    await smtp.next(known.body.user.email, RESET);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to('nobody-at-all@example.com')).toHaveLength(0);
  });

  test('a link expires after 30 minutes', async () => {
    const e = await registerEnterprise(t.app);
    expect((await requestReset(e.body.user.email, '10.0.0.5')).statusCode).toBe(202);
    const token = tokenOf(await smtp.next(e.body.user.email, RESET));
    await t.db.database.db.execute(
      `update password_reset_tokens set expires_at = now() - interval '1 second' where user_id = '${e.session.user.id}'`,
    );
    const res = await reset(token, 'Brand-new-pass-2026');
    expect(res.statusCode).toBe(400);
    await expect(login(t.app, e.body.user.email, PASSWORD)).resolves.toBeTruthy();
  });

  test('a newer request voids the older link', async () => {
    const e = await registerEnterprise(t.app);
    const email = e.body.user.email;
    await requestReset(email, '10.0.0.6');
    const first = tokenOf(await smtp.next(email, RESET));
    await requestReset(email, '10.0.0.6');
    const second = tokenOf(await smtp.next(email, { ...RESET, after: 1 }));
    expect((await reset(first, 'Brand-new-pass-2026')).statusCode).toBe(400);
    expect((await reset(second, 'Brand-new-pass-2026')).statusCode).toBe(204);
  });

  test('the new password follows the password policy (400 naming the field); a bad token is 400', async () => {
    const e = await registerEnterprise(t.app);
    await requestReset(e.body.user.email, '10.0.0.7');
    const token = tokenOf(await smtp.next(e.body.user.email, RESET));
    const weak = await reset(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ errors: { field: string }[] }>().errors.map((x) => x.field)).toContain(
      'body.password',
    );
    // The weak attempt did not use the link up.
    expect((await reset(token, 'Brand-new-pass-2026')).statusCode).toBe(204);
    const bogus = await reset('x'.repeat(43), 'Brand-new-pass-2026');
    expect(bogus.statusCode).toBe(400);
    expect(bogus.headers['content-type']).toContain('application/problem+json');
  });

  test('requests are limited per address (whatever the IP) and per IP', async () => {
    const e = await registerEnterprise(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await requestReset(e.body.user.email, `10.1.0.${i}`)).statusCode);
    expect(codes).toEqual([202, 202, 202, 429, 429]);
    // An unknown address is limited the same way: a 429 tells nothing either.
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++)
      unknown.push((await requestReset('ghost@example.com', `10.2.0.${i}`)).statusCode);
    expect(unknown).toEqual([202, 202, 202, 429]);

    const limited = await createTestApp({ AUTH_IP_RATE_LIMIT_PER_MINUTE: '2' }, { seed: false });
    try {
      const perIp: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password-reset/request',
          payload: { email: `someone${i}@example.com` },
          remoteAddress: '10.9.9.9',
        });
        perIp.push(r.statusCode);
      }
      expect(perIp).toEqual([202, 202, 429]);
    } finally {
      await limited.close();
    }
  }, 120_000); // a second app starts inside this test

  test('a disabled account gets no mail', async () => {
    const e = await registerEnterprise(t.app);
    await t.db.database.db.execute(
      `update users set disabled_at = now() where id = '${e.session.user.id}'`,
    );
    expect((await requestReset(e.body.user.email, '10.0.0.8')).statusCode).toBe(202);
    await new Promise((r) => setTimeout(r, 300));
    // Only the registration's confirmation reached the address.
    expect(
      smtp
        .to(e.body.user.email)
        .map((m) => m.text)
        .join(),
    ).not.toContain('/reset-password');
  });
});
