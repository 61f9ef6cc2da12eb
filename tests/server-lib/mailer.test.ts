import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMailer } from '@zhiping/server/lib/mail/mailer';
import { mailLocale, mailTemplates } from '@zhiping/server/lib/mail/templates';

const received: ParsedMail[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((ok) => server.close(ok)));

const reset = (locale: 'zh-CN' | 'en') =>
  mailTemplates.passwordReset(locale, {
    url: 'http://localhost:3000/reset?token=abc',
    minutes: 30,
  });

describe('mailer', () => {
  test('over SMTP the message arrives with its text and HTML parts', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'zhiping <no-reply@zhiping.test>',
      outboxDir: '/nonexistent',
    });
    await mailer.send({ to: 'user@example.com', ...reset('zh-CN') });
    mailer.close();
    const m = received.at(-1)!;
    expect(m.subject).toBe('重置您的智评密码');
    expect(m.from?.text).toContain('no-reply@zhiping.test');
    expect(m.text).toContain('http://localhost:3000/reset?token=abc');
    expect(m.html).toContain('<a href="http://localhost:3000/reset?token=abc">设置新密码</a>');
  });

  test('without SMTP_URL the message is a complete .eml file in the outbox', async () => {
    const outboxDir = join(mkdtempSync(join(tmpdir(), 'zp-mail-')), 'outbox');
    const mailer = createMailer({
      smtpUrl: undefined,
      mailFrom: 'no-reply@zhiping.test',
      outboxDir,
    });
    const file = await mailer.send({ to: 'user@example.com', ...reset('en') });
    expect(readdirSync(outboxDir)).toEqual([file.slice(outboxDir.length + 1)]);
    const m = await simpleParser(readFileSync(file));
    expect(m.to && 'text' in m.to ? m.to.text : '').toBe('user@example.com');
    expect(m.subject).toBe('Reset your zhiping password');
    expect(m.text).toContain('30 minutes');
    expect(m.html).toContain('Choose a new password');
  });

  test.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
    [null, 'zh-CN'],
  ] as const)('a preference of %s mails in %s', (pref, locale) => {
    expect(mailLocale(pref)).toBe(locale);
  });

  test('names in templates are escaped in HTML', () => {
    const m = mailTemplates.invitation('en', {
      organizationName: '<b>Acme</b>',
      inviterName: 'Li',
      url: 'http://x/accept?t=1',
      expiresAt: new Date('2026-12-10T00:00:00Z'),
    });
    expect(m.html).toContain('&lt;b&gt;Acme&lt;/b&gt;');
    expect(m.text).toContain('<b>Acme</b>');
  });
});
