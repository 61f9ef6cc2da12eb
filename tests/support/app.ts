import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@zhiping/server';
import { loadConfig, type AppConfig } from '@zhiping/server/config';
import { seedDatabase } from '@zhiping/server/db/seed';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'zp-test-')),
    WEB_DIST_DIR: '/nonexistent',
    SEED_DEMO: 'false',
    ...env,
  });
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real app on a fresh database; one per test file (PGlite takes seconds to start). */
export async function createTestApp(
  env: Record<string, string> = {},
  opts: { seed?: boolean } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  // Seeded: the published indicator systems, the standards catalog and the demo accounts.
  if (opts.seed !== false) await seedDatabase(db.database.db, { demo: true });
  const config = testConfig(env);
  const app = await buildApp(config, { database: db.database, logger: false });
  await app.ready();
  return {
    app,
    db,
    config,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
