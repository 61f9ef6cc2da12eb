import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { registerEnterprise } from '../../support/fixtures.ts';
import { startSmtpSink, type SmtpSink } from '../../support/smtp.ts';

let smtp: SmtpSink;
let t: TestApp;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_BASE_URL: 'https://zhiping.example.com/' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

test('an invitation is mailed to the invitee with a link that accepts it', async () => {
  const owner = await registerEnterprise(
    t.app,
    {},
    {
      confirmation: (email) => smtp.linkToken(email, '/register/confirm'),
    },
  );
  const email = `colleague-${Date.now()}@example.com`;
  const inv = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organization/invitations',
    headers: owner.headers,
    payload: { email },
  });
  expect(inv.statusCode).toBe(201);

  const mail = await smtp.next(email);
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
