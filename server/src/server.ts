import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildApp } from './app.ts';
import { ensureBootstrapAdmin, hasAdmin } from './bootstrap/admin.ts';
import { connectDatabase, describeUrl, migrateDatabase } from './bootstrap/database.ts';
import { assertPortFree, listenFailure } from './bootstrap/port.ts';
import { StartupError } from './bootstrap/startup-error.ts';
import { ConfigError, loadConfig, type AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import { loadReferenceData } from './db/reference/index.ts';
import { seedDatabase } from './db/seed.ts';

/** Every failure before listening ends here: one line on stderr, exit code 1. */
function fail(message: string, error?: unknown): never {
  process.stderr.write(`zhiping: ${message}\n`);
  // The stack only on request: the line above is what an operator acts on.
  if (error instanceof Error && /debug|trace/.test(loaded?.logLevel ?? '')) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
}

let loaded: AppConfig | undefined;
try {
  loaded = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}
const config: AppConfig = loaded;

// Port first (nothing is seeded for a server that cannot listen), then the database (waited
// for), migrations, reference data, the first admin, the demo data, and only then the app.
let database: Database;
/** An embedded database created by this start (initdb, every migration, every seed). */
const freshPglite =
  !config.databaseUrl &&
  config.pgliteDir !== null &&
  !existsSync(join(config.pgliteDir, 'PG_VERSION'));
try {
  await assertPortFree(config.host, config.port);
  database = await connectDatabase(config, (attempt, reason) => {
    if (attempt === 1 && config.databaseUrl) {
      process.stderr.write(
        `zhiping: PostgreSQL at ${describeUrl(config.databaseUrl)} not reachable yet (${reason}); retrying for up to ${config.databaseConnectTimeoutSeconds} s\n`,
      );
    }
  });
  await migrateDatabase(database);
} catch (err) {
  if (err instanceof StartupError) fail(err.message, err);
  fail(`could not start: ${(err as Error).message ?? String(err)}`, err);
}

let startup: {
  reference: Record<string, number>;
  admin: string | null;
  demo: unknown;
  needsAdmin: boolean;
};
try {
  const reference = await loadReferenceData(database.db);
  const admin = await ensureBootstrapAdmin(database.db, config);
  const demo = config.seedDemo ? await seedDatabase(database.db, { demo: true }) : null;
  startup = { reference, admin, demo, needsAdmin: !(await hasAdmin(database.db)) };
} catch (err) {
  if (err instanceof StartupError) fail(err.message, err);
  fail(
    `loading the reference data failed: ${(err as Error).message ?? String(err)}: check the database and seeds/data, then start again`,
    err,
  );
}

// Creating an embedded database grows PGlite's WebAssembly heap by ≈ 350 MB (initdb, the
// migrations, the seeds), and such a heap never shrinks: opened anew, a fresh demo idles at
// the size of every later start (docs/performance.md, "Idle memory").
if (freshPglite) {
  await database.close();
  database = await connectDatabase(config).catch((err: unknown) =>
    fail(err instanceof StartupError ? err.message : `could not start: ${String(err)}`, err),
  );
  collectGarbageOnce();
}

/**
 * A closed PGlite's heap is freed only by a full garbage collection, which an idle process
 * may not run for hours; this start asks for one, once. (The documented way to reach V8's gc
 * without starting node with --expose-gc; skipped where it is not available.)
 */
function collectGarbageOnce() {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // not available: the heap is freed by the next full collection instead
  }
}

const app = await buildApp(config, { database }).catch((err: unknown) =>
  fail(`could not start: ${(err as Error).message ?? String(err)}`, err),
);
// The app borrows the database opened above; closing the app closes it.
app.addHook('onClose', () => database.close());
app.log.info(startup, 'reference data loaded');
if (startup.admin) app.log.warn({ email: startup.admin }, 'first admin created from ADMIN_EMAIL');

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
  const force = setTimeout(() => {
    app.log.error('forced exit after 10 s');
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await app.close();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  const address = await app.listen({ host: config.host, port: config.port });
  const url = address.replace('127.0.0.1', 'localhost');
  const db =
    app.database.kind === 'pglite'
      ? `embedded PostgreSQL (PGlite) in ${config.pgliteDir}`
      : 'PostgreSQL';
  process.stdout.write(
    [
      '',
      `  zhiping (智评) is running at ${url}`,
      `  database: ${db}`,
      `  API docs: ${url}/api/docs`,
      `  mail: ${config.smtpUrl ? 'SMTP' : `no SMTP_URL, messages are written as .eml files to ${config.outboxDir}`}`,
      ...(config.seedDemo
        ? [
            '  demo logins (password for all: Demo@2026!):',
            '    enterprise  demo@zhiping.local',
            '    assessor    assessor@zhiping.local',
            '    admin       admin@zhiping.local',
          ]
        : []),
      ...(startup.needsAdmin
        ? [
            '  no admin yet: create the first one with',
            '    pnpm zhiping admin create --email you@example.com   (source checkout)',
            '    node server/dist/cli.mjs admin create --email you@example.com   (image / bundle)',
          ]
        : []),
      '',
    ].join('\n') + '\n',
  );
} catch (err) {
  fail(
    listenFailure(err, config.host, config.port)?.message ??
      `could not start: ${(err as Error).message ?? String(err)}`,
    err,
  );
}
