import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { registerEnterprise } from '../support/fixtures.ts';

const received: ParsedMail[] = [];
let smtp: SMTPServer;
let t: TestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((ok) => smtp.listen(0, '127.0.0.1', ok));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    PUBLIC_BASE_URL: 'https://zhiping.example.com/',
  });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((ok) => smtp.close(ok));
});

test('an invitation is mailed to the invitee with a link that accepts it', async () => {
  const owner = await registerEnterprise(t.app);
  const email = `colleague-${Date.now()}@example.com`;
  const inv = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organization/invitations',
    headers: owner.headers,
    payload: { email },
  });
  expect(inv.statusCode).toBe(201);

  const mail = received.find((m) => m.to && 'text' in m.to && m.to.text === email);
  expect(mail?.subject).toContain(owner.body.organization.name);
  const link = /https:\/\/zhiping\.example\.com\/invite\?token=([\w%-]+)/.exec(mail?.text ?? '');
  expect(mail?.html).toContain('https://zhiping.example.com/invite?token=');

  const accepted = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/invitations/accept',
    payload: {
      token: decodeURIComponent(link![1]!),
      password: 'Another-pass-2026',
      displayName: '同事',
    },
  });
  expect(accepted.statusCode).toBe(201);
  expect(accepted.json<{ user: { email: string } }>().user.email).toBe(email);
});
