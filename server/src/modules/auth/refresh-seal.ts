import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The successor of a rotated refresh token, sealed (AES-256-GCM) under a key derived from the
 * rotated token itself. The database never holds a usable token: only someone presenting the
 * old token can open its successor, and only the server decides (within the grace window)
 * whether to. Lets two tabs that refresh with the same cookie at once end up with the same
 * successor instead of one of them tripping the reuse detection.
 */
const keyOf = (token: string) =>
  createHash('sha256').update('zhiping refresh successor\0').update(token).digest();

export function sealSuccessor(token: string, successor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(token), iv);
  const sealed = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The successor, or null when the seal does not open with this token. */
export function openSuccessor(token: string, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(token), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
