import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in process that keeps every message it receives, parsed. */
export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  received: ParsedMail[];
  /** The messages to `address` received so far. */
  to(address: string): ParsedMail[];
  /**
   * Waits (up to `timeoutMs`) for a message to `address` beyond the first `after` ones; with
   * `link`, only messages whose text has a link to that path (e.g. '/reset-password') count.
   */
  next(
    address: string,
    opts?: { after?: number; timeoutMs?: number; link?: string },
  ): Promise<ParsedMail>;
  /** The token of the `after`-th link to `path` mailed to `address` (waits for it). */
  linkToken(address: string, path: string, after?: number): Promise<string>;
  close(): Promise<void>;
}

const recipients = (m: ParsedMail) =>
  [m.to ?? []]
    .flat()
    .flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? ''))
    .filter(Boolean);

const linkRe = (path: string) => new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([\\w%-]+)`);

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.server.address() as AddressInfo).port;
  const to = (address: string) =>
    received.filter((m) => recipients(m).includes(address.toLowerCase()));
  const next: SmtpSink['next'] = async (address, { after = 0, timeoutMs = 10_000, link } = {}) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mails = to(address).filter((m) => !link || linkRe(link).test(m.text ?? ''));
      if (mails.length > after) return mails[after]!;
      if (Date.now() > until) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to,
    next,
    async linkToken(address, path, after = 0) {
      const mail = await next(address, { after, link: path });
      return decodeURIComponent(linkRe(path).exec(mail.text ?? '')![1]!);
    },
    close: () => new Promise<void>((ok) => server.close(ok)),
  };
}
