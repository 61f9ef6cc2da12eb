import { setTimeout as sleep } from 'node:timers/promises';
import type { AppConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { StartupError } from './startup-error.ts';

/** Network-level failures and "starting up" answers: worth waiting for (compose, restarts). */
const TRANSIENT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P03', // cannot_connect_now: the server is starting or shutting down
  '53300', // too_many_connections
]);

const errorCode = (error: unknown): string | undefined =>
  (error as { code?: string } | null)?.code ??
  ((error as { cause?: { code?: string } } | null)?.cause?.code || undefined);

const isTransient = (error: unknown) =>
  TRANSIENT.has(errorCode(error) ?? '') ||
  /timeout|terminated unexpectedly|did not answer/i.test((error as Error)?.message ?? '');

/** `host:port/db` of a postgres URL, without the credentials. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** One line for a database error that will not go away by waiting. */
function permanentFailure(error: unknown, where: string): StartupError {
  const code = errorCode(error);
  const message = (error as Error)?.message ?? String(error);
  if (code === '3D000') {
    const name = where.split('/')[1] ?? 'it';
    return new StartupError(
      `database ${where} does not exist: create it (createdb ${name}) or fix DATABASE_URL`,
    );
  }
  if (code === '28P01' || code === '28000') {
    return new StartupError(
      `PostgreSQL at ${where} refused the login (${message}): fix the user or password in DATABASE_URL`,
    );
  }
  return new StartupError(
    `cannot use the database at ${where}: ${message}: fix DATABASE_URL or the database server`,
  );
}

/**
 * Opens the configured database and waits until it answers, retrying with backoff (0.25 s
 * doubling to 5 s) for DATABASE_CONNECT_TIMEOUT_SECONDS on network errors; a missing database
 * or a refused login fails at once. Every failure is a StartupError with one line.
 */
export async function connectDatabase(
  config: AppConfig,
  onRetry: (attempt: number, reason: string) => void = () => undefined,
): Promise<Database> {
  if (!config.databaseUrl) {
    try {
      return await openDatabase({ databaseUrl: undefined, pgliteDir: config.pgliteDir });
    } catch (error) {
      throw new StartupError(
        `cannot open the embedded database in ${config.pgliteDir}: ${(error as Error).message}: check that DATA_DIR is writable and not used by another zhiping process`,
      );
    }
  }
  const where = describeUrl(config.databaseUrl);
  const deadline = Date.now() + config.databaseConnectTimeoutSeconds * 1000;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: null,
    poolSize: config.databasePoolSize,
  });
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await database.ping(5000);
      return database;
    } catch (error) {
      const reason = errorCode(error) ?? (error as Error)?.message ?? String(error);
      if (!isTransient(error)) {
        await database.close().catch(() => undefined);
        throw permanentFailure(error, where);
      }
      if (Date.now() + delay > deadline) {
        await database.close().catch(() => undefined);
        throw new StartupError(
          `cannot reach PostgreSQL at ${where} (${reason}) after ${config.databaseConnectTimeoutSeconds} s: start it or fix DATABASE_URL (DATABASE_CONNECT_TIMEOUT_SECONDS sets how long to wait)`,
        );
      }
      onRetry(attempt, reason);
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}

/** Applies the migrations; a failure names the error and the way out. */
export async function migrateDatabase(database: Database): Promise<void> {
  try {
    await database.migrate();
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    const message = (cause?.message ?? (error as Error).message).split('\n')[0];
    throw new StartupError(
      `database migration failed: ${message}: restore a backup or fix the database by hand (migrations/ lists the SQL), then start again`,
    );
  }
}
