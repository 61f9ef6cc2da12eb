import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { AppConfig } from '../../config.ts';
import type { RenderedMail } from './templates.ts';

export interface OutgoingMail extends RenderedMail {
  to: string;
}

export interface Mailer {
  /** 'smtp' when SMTP_URL is set; 'outbox' writes each message as an .eml file. */
  readonly kind: 'smtp' | 'outbox';
  readonly outboxDir: string;
  /** Sends one message; resolves with the .eml path (outbox) or the SMTP message id. */
  send(mail: OutgoingMail): Promise<string>;
  close(): void;
}

type MailConfig = Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'outboxDir'> &
  Partial<Pick<AppConfig, 'smtpTimeoutSeconds'>>;

export function createMailer(config: MailConfig): Mailer {
  if (config.smtpUrl) {
    // nodemailer's defaults wait 2 minutes for a connection and 10 for an idle socket: a dead
    // or silent SMTP server would hold a request that long. Every phase gets the same bound.
    const timeoutMs = (config.smtpTimeoutSeconds ?? 15) * 1000;
    // SMTPTransport merges the URL with these options (createTransport(url) would drop them).
    const transport = nodemailer.createTransport(
      new SMTPTransport({
        url: config.smtpUrl,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      }),
    );
    return {
      kind: 'smtp',
      outboxDir: config.outboxDir,
      async send(mail) {
        const info = await transport.sendMail({ from: config.mailFrom, ...mail });
        return info.messageId;
      },
      close: () => transport.close(),
    };
  }
  // nodemailer's stream transport builds the complete RFC 5322 message (MailComposer):
  // the .eml opens in any mail client, with both the text and the HTML part.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    kind: 'outbox',
    outboxDir: config.outboxDir,
    async send(mail) {
      const info = await transport.sendMail({ from: config.mailFrom, ...mail });
      await mkdir(config.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = join(config.outboxDir, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      return file;
    },
    close: () => transport.close(),
  };
}
