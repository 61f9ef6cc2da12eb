import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { REPO_ROOT } from '../config.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A database handle or an open transaction: repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export const MIGRATIONS_DIR = join(REPO_ROOT, 'migrations');
/** Serializes migrations when several instances start at once on one PostgreSQL. */
const MIGRATION_LOCK_KEY = 7_391_224_001;

/**
 * Runs a hot statement by name: on PostgreSQL a named prepared statement, parsed and planned
 * once per pooled connection instead of on every call; PGlite (in-process) runs it as is.
 * `text` must be a constant for a given name.
 */
export async function preparedQuery<R>(
  db: Db,
  name: string,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) {
    return (await client.query<R & pg.QueryResultRow>({ name, text, values })).rows;
  }
  return (await (client as PGlite).query<R>(text, values)).rows;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(timeoutMs?: number): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  /** PGlite directory, or null for an in-memory instance. */
  pgliteDir: string | null;
  poolSize?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * PGlite's own defaults plus a smaller buffer cache: its postgres starts with
 * shared_buffers=128MB inside the WebAssembly heap, touched at open and never given back,
 * ≈ 110 MB of the demo's idle RSS (docs/performance.md, "Idle memory"). The demo's whole
 * database is ≈ 40 MB on disk, and pages not in the cache are a file read away (NODEFS).
 */
const PGLITE_OPTIONS = {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
};

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      // No JIT compilation: every query here is short, and the generic plan of the batched
      // autosave statement is estimated for 100-element batches, which crossed jit_above_cost
      // and spent ≈ 60 ms compiling a statement that runs in about one.
      options: '-c jit=off',
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    // Nor a checked-out one: pg-pool removes its idle listener while a client is lent, and a
    // connection reset between two queries of a transaction (nothing in flight to fail) is
    // an 'error' event with no listener, which ended the process (found by the soak's
    // PostgreSQL outage). The next query on the client fails instead, and the pool drops it.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      ping: (ms = 2000) => withTimeout(pool.query('select 1'), ms).then(() => undefined),
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
          await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_DIR });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => 0);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  if (opts.pgliteDir) mkdirSync(opts.pgliteDir, { recursive: true });
  const client = opts.pgliteDir
    ? new PGlite(opts.pgliteDir, PGLITE_OPTIONS)
    : new PGlite(PGLITE_OPTIONS);
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: (ms = 2000) => withTimeout(db.execute(sql`select 1`), ms).then(() => undefined),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}
