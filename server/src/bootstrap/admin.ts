import { readFileSync } from 'node:fs';
import { emailSchema, passwordSchema } from '@zhiping/shared';
import { eq } from 'drizzle-orm';
import type { AppConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema.ts';
import { audit } from '../lib/audit.ts';
import { hashPassword } from '../lib/password.ts';
import { StartupError } from './startup-error.ts';
import { defined } from '../lib/invariant.ts';

export class AdminCreateError extends Error {}

export interface NewAdmin {
  email: string;
  password: string;
  displayName?: string | undefined;
}

/** Creates a platform admin (no enterprise); refuses an invalid email or weak password. */
export async function createAdmin(db: Db, input: NewAdmin): Promise<{ id: string; email: string }> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) throw new AdminCreateError(`--email: ${email.error.issues[0]?.message}`);
  const password = passwordSchema.safeParse(input.password);
  if (!password.success) {
    throw new AdminCreateError(`password: ${password.error.issues[0]?.message}`);
  }
  const passwordHash = await hashPassword(password.data);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, email.data));
    if (taken) throw new AdminCreateError(`an account with ${email.data} already exists`);
    const [inserted] = await tx
      .insert(users)
      .values({
        email: email.data,
        passwordHash,
        displayName: input.displayName?.trim() || (email.data.split('@')[0] ?? email.data),
        role: 'admin',
        organizationId: null,
      })
      .returning({ id: users.id, email: users.email });
    const row = defined(inserted, 'the admin account just inserted');
    await audit(tx, null, {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: { email: email.data, role: 'admin', via: 'bootstrap' },
      actorId: null,
      actorRole: 'system',
    });
    return row;
  });
}

export async function hasAdmin(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'admin'))
    .limit(1);
  return row !== undefined;
}

/**
 * ADMIN_EMAIL / ADMIN_PASSWORD_FILE: creates that admin on the first start, when no admin
 * exists yet; later starts leave accounts alone (the file can then be removed).
 */
export async function ensureBootstrapAdmin(db: Db, config: AppConfig): Promise<string | null> {
  const wanted = config.bootstrapAdmin;
  if (!wanted || (await hasAdmin(db))) return null;
  let password: string;
  try {
    password = readFileSync(wanted.passwordFile, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new StartupError(
      `cannot read ADMIN_PASSWORD_FILE ${wanted.passwordFile} (${(error as NodeJS.ErrnoException).code ?? String(error)}): fix the path or unset ADMIN_EMAIL`,
    );
  }
  try {
    await createAdmin(db, { email: wanted.email, password });
  } catch (error) {
    if (error instanceof AdminCreateError) {
      throw new StartupError(`cannot create the first admin from ADMIN_EMAIL: ${error.message}`);
    }
    throw error;
  }
  return wanted.email;
}
