import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import type { Session } from '@zhiping/shared';
import {
  invitationTokenFor,
  login,
  outboxConfirmation,
  PASSWORD,
  refreshCookieOf,
  registerEnterprise,
  registration,
} from '../../support/fixtures.ts';
import { mailsTo } from '../../support/mail.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '5' });
});
afterAll(() => t.close());

describe('registration', () => {
  test('registers an enterprise and its first user through the mailed link, and starts a session', async () => {
    const a = await registerEnterprise(t.app);
    expect(a.session.user).toMatchObject({ role: 'respondent', email: a.body.user.email });
    expect(a.session.organization?.creditCode).toBe(a.body.organization.creditCode);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: a.headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: a.session.user.id } });
  });

  test('a new address and one with an account get the same 202; the difference goes by mail', async () => {
    const existing = await registerEnterprise(t.app);
    const taken = registration();
    taken.user.email = existing.body.user.email.toUpperCase();
    const fresh = registration();
    const answers = [];
    for (const body of [taken, fresh]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: body,
      });
      expect(res.headers['set-cookie']).toBeUndefined();
      answers.push({ status: res.statusCode, body: res.json<Record<string, unknown>>() });
    }
    expect(answers[0]!.status).toBe(202);
    expect(answers[1]!.status).toBe(202);
    expect(Object.keys(answers[0]!.body).sort()).toEqual(Object.keys(answers[1]!.body).sort());
    expect(answers[0]!.body).toEqual({
      status: 'confirmation_sent',
      email: existing.body.user.email,
    });
    expect(answers[1]!.body).toEqual({ status: 'confirmation_sent', email: fresh.user.email });

    const toExisting = await mailsTo(t.app.mailer.outboxDir, existing.body.user.email);
    const notice = toExisting.at(-1)!;
    expect(notice.subject).toBe('有人尝试使用您的邮箱注册智评');
    expect(notice.text).not.toContain('token=');
    expect(notice.html).toBeTruthy();
    // Nothing was created for the taken address: the notice's owner signs in as before.
    await expect(login(t.app, existing.body.user.email, PASSWORD)).resolves.toBeTruthy();

    const toFresh = (await mailsTo(t.app.mailer.outboxDir, fresh.user.email)).at(-1)!;
    expect(toFresh.subject).toContain(fresh.organization.name);
    expect(toFresh.html).toContain('/register/confirm?token=');
    // No account until the link is followed: the login that follows would otherwise tell.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: fresh.user.email, password: PASSWORD },
    });
    expect(early.statusCode).toBe(401);
  });

  test('the mail follows the chosen language', async () => {
    const body = { ...registration(), locale: 'en' as const };
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    expect(res.statusCode).toBe(202);
    const mail = (await mailsTo(t.app.mailer.outboxDir, body.user.email)).at(-1)!;
    expect(mail.subject).toBe(`Confirm the registration of ${body.organization.name} on zhiping`);
    const token = await outboxConfirmation(t.app)(body.user.email);
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/confirm',
      payload: { token, password: PASSWORD },
    });
    expect(done.json<Session>().user.locale).toBe('en');
  });

  test('the confirmation link works once, is stored hashed, and expires', async () => {
    const body = registration();
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    const token = await outboxConfirmation(t.app)(body.user.email);
    const result: unknown = await t.db.database.db.execute(
      `select token_hash from registration_requests where email = '${body.user.email}'`,
    );
    const rows = result as { rows: { token_hash: string }[] };
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.token_hash).not.toContain(token);
    const confirm = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register/confirm',
        payload: { token, password: PASSWORD },
      });
    expect((await confirm()).statusCode).toBe(201);
    const again = await confirm();
    expect(again.statusCode).toBe(404);
    expect(again.headers['set-cookie']).toBeUndefined();

    const late = registration();
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: late });
    const lateToken = await outboxConfirmation(t.app)(late.user.email);
    await t.db.database.db.execute(
      `update registration_requests set expires_at = now() - interval '1 second' where email = '${late.user.email}'`,
    );
    const expired = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/confirm',
      payload: { token: lateToken, password: PASSWORD },
    });
    expect(expired.statusCode).toBe(404);
    const random = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/confirm',
      payload: { token: 'A'.repeat(43), password: PASSWORD },
    });
    expect(random.statusCode).toBe(404);
  });

  test("someone else's address: the link alone signs nobody in to an account with the registrant's password", async () => {
    // An impostor registers an enterprise under the victim's address, with a password of
    // their own; the victim receives the link and clicks it.
    const body = registration();
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    const token = await outboxConfirmation(t.app)(body.user.email);
    const confirm = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/register/confirm', payload });

    const withoutPassword = await confirm({ token });
    expect(withoutPassword.statusCode).toBe(400);
    expect(withoutPassword.json()).toMatchObject({ errors: [{ field: 'body.password' }] });
    const victim = await confirm({ token, password: 'Victims-own-pass-2026' });
    expect(victim.statusCode).toBe(400);
    expect(victim.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'body.password', message: 'is not the password chosen when registering' }],
    });
    expect(victim.headers['set-cookie']).toBeUndefined();
    // No account exists: signing in with either password fails.
    for (const password of ['Victims-own-pass-2026', PASSWORD]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: body.user.email, password },
      });
      expect(res.statusCode).toBe(401);
    }
    // The registrant, who knows the password, can still confirm: a wrong try used nothing up.
    expect((await confirm({ token, password: PASSWORD })).statusCode).toBe(201);
  });

  test('nobody can flood a mailbox through the form: 5 mails per address and hour, the same 202 after', async () => {
    const existing = await registerEnterprise(t.app);
    for (const email of [existing.body.user.email, `flood-${Date.now()}@example.com`]) {
      const before = (await mailsTo(t.app.mailer.outboxDir, email)).length;
      for (let i = 0; i < 7; i++) {
        const body = registration();
        body.user.email = email;
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: body,
        });
        expect(res.statusCode).toBe(202);
      }
      // The existing address had its confirmation mail already: 5 in the hour in all.
      const sent = (await mailsTo(t.app.mailer.outboxDir, email)).length - before;
      expect(sent).toBe(email === existing.body.user.email ? 4 : 5);
    }
  });

  test('two pending registrations of one address: the first link wins, the second is a 409', async () => {
    const first = registration();
    const second = registration();
    second.user.email = first.user.email;
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: first });
    const firstToken = await outboxConfirmation(t.app)(first.user.email);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: second });
    const secondToken = await outboxConfirmation(t.app)(first.user.email);
    expect(secondToken).not.toBe(firstToken);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/confirm',
      payload: { token: firstToken, password: PASSWORD },
    });
    expect(ok.statusCode).toBe(201);
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/confirm',
      payload: { token: secondToken, password: PASSWORD },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'email_taken' });
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

  test.each(['short', 'password12', `${' '.repeat(10)}1a`])(
    'refuses the weak password %j, naming the field',
    async (password) => {
      const body = registration();
      body.user.password = password;
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: body,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
        'body.user.password',
      );
    },
  );

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
    // The old token again within the grace window (a second tab): the same successor.
    const tab = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: a.cookie },
    });
    expect(tab.statusCode).toBe(200);
    expect(refreshCookieOf(tab.headers['set-cookie'])).toBe(rotated);
    // After the window (REFRESH_GRACE_SECONDS, 10 s): reuse detected, the family dies.
    await t.db.database.db.execute(
      `update refresh_tokens set rotated_at = rotated_at - interval '1 minute' where user_id = '${a.session.user.id}'`,
    );
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
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    const token = await outboxConfirmation(t.app)(body.user.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/confirm',
      payload: { token, password: PASSWORD },
    });
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

  test('brute force on one account from one address hits the rate limit', async () => {
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
    // The token goes to the invitee by mail, never back to the inviter.
    expect(inv.json()).not.toHaveProperty('token');
    const token = await invitationTokenFor(t.app, 'colleague@example.com');
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

  test('inviting an address that has an account reveals nothing: same 201, a notice by mail', async () => {
    const a = await registerEnterprise(t.app);
    const b = await registerEnterprise(t.app);
    const invite = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/organization/invitations',
        headers: a.headers,
        payload: { email },
      });
    const taken = await invite(b.body.user.email);
    const fresh = await invite(`fresh-${Date.now()}@example.com`);
    expect(taken.statusCode).toBe(201);
    expect(fresh.statusCode).toBe(201);
    const shape = (r: typeof taken) => Object.keys(r.json<object>()).sort();
    expect(shape(taken)).toEqual(shape(fresh));
    expect(shape(taken)).toEqual(['email', 'expiresAt', 'id']);
    // The existing account's owner gets the account-exists notice, with no invitation link.
    const notice = (await mailsTo(t.app.mailer.outboxDir, b.body.user.email)).at(-1)!;
    expect(notice.subject).toBe('有人尝试使用您的邮箱注册智评');
    expect(notice.text).not.toContain('/invite?token=');
    // b stays where it was.
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: b.headers });
    expect(me.json()).toMatchObject({ user: { organizationId: b.session.organization!.id } });
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
