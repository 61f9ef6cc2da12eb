import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * Mails as a user receives them, read from a mailer's outbox (DATA_DIR/outbox: one complete
 * .eml per message, what the server writes without SMTP_URL). Parsed files are cached per
 * path, so reading a busy outbox again costs only its new files.
 */
const parsed = new Map<string, ParsedMail>();

export async function outboxMails(dir: string): Promise<ParsedMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
  const out: ParsedMail[] = [];
  for (const f of files.sort()) {
    const path = join(dir, f);
    let mail = parsed.get(path);
    if (!mail) {
      mail = await simpleParser(await readFile(path));
      parsed.set(path, mail);
    }
    out.push(mail);
  }
  return out;
}

const recipients = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
    a.value.map((v) => v.address?.toLowerCase()),
  );

/** Every mail to an address, oldest first. */
export async function mailsTo(dir: string, email: string): Promise<ParsedMail[]> {
  const to = email.toLowerCase();
  return (await outboxMails(dir)).filter((m) => recipients(m).includes(to));
}

/** The token of the newest link to `path` (e.g. '/register/confirm') in a mail to `email`. */
export async function linkTokenTo(dir: string, email: string, path: string): Promise<string> {
  const mails = await mailsTo(dir, email);
  const re = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([\\w%-]+)`);
  for (const m of mails.reverse()) {
    const hit = re.exec(m.text ?? '');
    if (hit) return decodeURIComponent(hit[1]!);
  }
  throw new Error(`no mail to ${email} with a ${path} link in ${dir} (${mails.length} to them)`);
}
