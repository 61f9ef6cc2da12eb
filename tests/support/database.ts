import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '@zhiping/server/db/client';

/**
 * One suite, two databases: the server tests run once per project in vitest.config.ts,
 * with ZP_TEST_DB=pglite (always) or ZP_TEST_DB=postgres (when TEST_DATABASE_URL is set).
 */
export type TestDbKind = 'pglite' | 'postgres';

export const testDbKind = (): TestDbKind =>
  process.env.ZP_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  kind: TestDbKind;
  /** Connection URL of the database (postgres only), for a second app instance. */
  url: string | undefined;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated database: an in-memory PGlite, or a new PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind() === 'pglite') {
    const database = await openDatabase({ databaseUrl: undefined, pgliteDir: null });
    await database.migrate();
    return { database, kind: 'pglite', url: undefined, drop: () => database.close() };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('ZP_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `zp_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = withDatabase(admin, name);
  const database = await openDatabase({ databaseUrl: url, pgliteDir: null, poolSize: 8 });
  await database.migrate();
  return {
    database,
    kind: 'postgres',
    url,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
