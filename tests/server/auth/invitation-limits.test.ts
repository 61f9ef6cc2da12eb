import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { invitationTokenFor, registerEnterprise, type Actor } from '../../support/fixtures.ts';
import { mailsTo } from '../../support/mail.ts';

/**
 * Anyone can register an enterprise, so invitations are budgeted: 20 per user and hour, and
 * at most 3 invitation mails per address and hour whoever sends them. Two acceptances racing
 * for one address: one account, the other told email_taken (409), never a 500.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const invite = (by: Actor, email: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/organization/invitations',
    headers: by.headers,
    payload: { email },
  });

describe('invitation budgets', () => {
  test('a user sends 20 invitations an hour; the 21st is 429 rate_limited, another user is unaffected', async () => {
    const e = await registerEnterprise(t.app);
    for (let i = 0; i < 20; i++) {
      expect((await invite(e, `c${i}-${randomUUID()}@example.com`)).statusCode).toBe(201);
    }
    const over = await invite(e, `late-${randomUUID()}@example.com`);
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: 'rate_limited' });
    const other = await registerEnterprise(t.app);
    expect((await invite(other, `x-${randomUUID()}@example.com`)).statusCode).toBe(201);
  });

  test('one address gets at most 3 invitation mails an hour, however many enterprises invite it', async () => {
    const email = `target-${randomUUID()}@example.com`;
    for (let i = 0; i < 5; i++) {
      const e = await registerEnterprise(t.app);
      expect((await invite(e, email)).statusCode).toBe(201);
    }
    expect(await mailsTo(t.app.mailer.outboxDir, email)).toHaveLength(3);
  });
});

describe('two invitations to one address accepted at once', () => {
  test('one account is made; the other acceptance is 409 email_taken', async () => {
    for (let round = 0; round < 3; round++) {
      const email = `both-${randomUUID()}@example.com`;
      const tokens: string[] = [];
      for (let i = 0; i < 2; i++) {
        const e = await registerEnterprise(t.app);
        expect((await invite(e, email)).statusCode).toBe(201);
        tokens.push(await invitationTokenFor(t.app, email));
      }
      const results = await Promise.all(
        tokens.map((token) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/auth/invitations/accept',
            payload: { token, password: 'Colleague-pass-2026', displayName: '同事' },
          }),
        ),
      );
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([201, 409]);
      expect(results.find((r) => r.statusCode === 409)?.json()).toMatchObject({
        code: 'email_taken',
      });
    }
  });

  // PostgreSQL only (PGlite has one connection): the other account's insert is held open in
  // a second connection, so the acceptance passes its email check, then meets the unique
  // index when that commits — the race, made deterministic.
  test.runIf(process.env.ZP_TEST_DB === 'postgres')(
    'an account committed between the check and the insert: 409 email_taken, not 500',
    async () => {
      const email = `raced-${randomUUID()}@example.com`;
      const e = await registerEnterprise(t.app);
      expect((await invite(e, email)).statusCode).toBe(201);
      const token = await invitationTokenFor(t.app, email);
      const other = new pg.Client({ connectionString: t.db.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query(
          "insert into users (email, password_hash, display_name, role) values ($1, 'x', '他人', 'assessor')",
          [email],
        );
        const accepting = t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/invitations/accept',
          payload: { token, password: 'Colleague-pass-2026', displayName: '同事' },
        });
        await new Promise((r) => setTimeout(r, 500));
        await other.query('commit');
        const res = await accepting;
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'email_taken' });
      } finally {
        await other.end();
      }
    },
  );
});
