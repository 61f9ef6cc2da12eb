import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type AppConfig } from './config.ts';
import { seedDatabase } from './db/seed.ts';

let config: AppConfig;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`zhiping: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const app = await buildApp(config);

if (config.seedDemo) {
  const summary = await seedDatabase(app.database.db, { demo: true });
  app.log.info({ seed: summary }, 'seed data loaded');
}

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
      '',
    ].join('\n') + '\n',
  );
} catch (err) {
  app.log.error({ err }, 'could not start');
  process.exit(1);
}
