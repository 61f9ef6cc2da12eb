import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMailer } from '@zhiping/server/lib/mail/mailer';
import { ConfigError } from '@zhiping/server/config';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import { createTestApp, testConfig } from '../../support/app.ts';
import { login } from '../../support/fixtures.ts';

/**
 * A dead SMTP server (accepts the connection and never says a word) cannot hold a request:
 * the transport gives up after SMTP_TIMEOUT_SECONDS. nodemailer's own defaults would wait
 * two minutes for the greeting phase and ten for an idle socket.
 */
let silent: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  silent = createServer((s) => {
    sockets.push(s);
    s.on('error', () => {});
  });
  await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
  port = (silent.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((ok) => silent.close(() => ok()));
});

describe('SMTP timeouts', () => {
  test('a send to a server that never answers fails within the timeout', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'zhiping <no-reply@zhiping.local>',
      outboxDir: '/nonexistent',
      smtpTimeoutSeconds: 1,
    });
    const started = Date.now();
    await expect(
      mailer.send({ to: 'someone@example.com', subject: 's', text: 't', html: '<p>t</p>' }),
    ).rejects.toThrow(/timeout|Greeting never received/i);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(5000);
    expect(sockets.length).toBeGreaterThan(0); // it did connect: the greeting never came
    mailer.close();
  });

  test('requests that mail answer within the bound while the SMTP server is dead', async () => {
    const t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_TIMEOUT_SECONDS: '1',
    });
    try {
      // The reset mail is not awaited at all: the answer does not wait for SMTP.
      let started = Date.now();
      const reset = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        payload: { email: 'demo@zhiping.local' },
      });
      expect(reset.statusCode).toBe(202);
      expect(Date.now() - started).toBeLessThan(1000);
      // An invitation waits for its mail, at most the timeout; the invitation stands.
      const owner = await login(t.app, 'demo@zhiping.local', DEMO_PASSWORD);
      started = Date.now();
      const invite = await t.app.inject({
        method: 'POST',
        url: '/api/v1/organization/invitations',
        headers: owner.headers,
        payload: { email: `dead-smtp-${Date.now()}@example.com` },
      });
      expect(invite.statusCode).toBe(201);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await t.close();
    }
  }, 120_000);

  test('SMTP_TIMEOUT_SECONDS is validated', () => {
    expect(testConfig().smtpTimeoutSeconds).toBe(15);
    expect(testConfig({ SMTP_TIMEOUT_SECONDS: '3' }).smtpTimeoutSeconds).toBe(3);
    for (const bad of ['0', 'abc', '601', '1.5']) {
      expect(() => testConfig({ SMTP_TIMEOUT_SECONDS: bad })).toThrow(ConfigError);
      expect(() => testConfig({ SMTP_TIMEOUT_SECONDS: bad })).toThrow(/SMTP_TIMEOUT_SECONDS/);
    }
  });
});
