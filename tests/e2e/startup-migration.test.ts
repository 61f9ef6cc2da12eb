import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@zhiping/server/db/client';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, SERVER_BUNDLE } from '../support/server-process.ts';

/**
 * A migration that cannot be applied stops the production bundle with one line naming the
 * database's error and the way out, and exit code 1; nothing listens. The database is made to
 * refuse the first migration by a table of the same name it already holds (as a database used
 * by something else, or restored half-way, would).
 */
const JWT_SECRET = 'startup-migration-test-secret-0123456789abcdef';
const base = process.env.TEST_DATABASE_URL;
const dbName = `zp_migfail_${Date.now()}`;

function startBundle(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function expectMigrationFailureLine(r: ReturnType<typeof startBundle>) {
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^zhiping: database migration failed: relation "answers" already exists: restore a backup or fix the database by hand \(migrations\/ lists the SQL\), then start again$/,
  );
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/running at/);
}

test('embedded database (PGlite): one line, exit 1', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zp-migfail-'));
  const database = await openDatabase({
    databaseUrl: undefined,
    pgliteDir: join(dataDir, 'pglite'),
  });
  await (
    database.db as unknown as { $client: { exec(sql: string): Promise<unknown> } }
  ).$client.exec('create table answers (id int)');
  await database.close();
  expectMigrationFailureLine(
    startBundle({ NODE_ENV: 'production', JWT_SECRET, DATA_DIR: dataDir }),
  );
}, 120_000); // two PGlite opens (here and in the bundle): 32 s on a busy machine

describe.skipIf(!base)('PostgreSQL (TEST_DATABASE_URL)', () => {
  const admin = new pg.Client({ connectionString: base });
  afterAll(async () => {
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    await admin.end();
  });

  test('one line, exit 1', async () => {
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const url = base!.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('create table answers (id int)');
    await c.end();
    expectMigrationFailureLine(
      startBundle({
        NODE_ENV: 'production',
        JWT_SECRET,
        DATABASE_URL: url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'zp-migfail-')),
      }),
    );
  });
});
