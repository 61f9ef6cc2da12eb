import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { registerOverHttp } from '../support/fixtures.ts';
import {
  REPO_ROOT,
  SERVER_BUNDLE,
  startServer,
  type ServerProcess,
} from '../support/server-process.ts';

const CLI_BUNDLE = join(REPO_ROOT, 'server', 'dist', 'cli.mjs');
const JWT_SECRET = 'production-bootstrap-test-secret-0123456789abcdef';
const base = process.env.TEST_DATABASE_URL;

function runBundle(entry: string, args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, [entry, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

function expectOneLineFailure(r: ReturnType<typeof runBundle>, message: RegExp) {
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines.at(-1)).toMatch(/^zhiping: /);
  expect(lines.at(-1)).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('start-up failures of the production bundle', () => {
  test('an unreachable PostgreSQL is retried, then named in one line', async () => {
    const port = await freePort();
    const started = Date.now();
    const r = runBundle(SERVER_BUNDLE, [], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/zhiping`,
      DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
    });
    expectOneLineFailure(
      r,
      /cannot reach PostgreSQL at 127\.0\.0\.1:\d+\/zhiping \(ECONNREFUSED\) after 2 s/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
  });

  test('a busy port is reported before the database is opened', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as { port: number }).port;
    const dataDir = join(REPO_ROOT, 'test-results', `busy-port-${port}`);
    try {
      const r = runBundle(SERVER_BUNDLE, [], {
        PORT: String(port),
        DATA_DIR: dataDir,
        SEED_DEMO: 'true',
      });
      expectOneLineFailure(r, new RegExp(`port ${port} on 127.0.0.1 is already in use`));
      expect(spawnSync('test', ['-e', join(dataDir, 'pglite')]).status).not.toBe(0);
    } finally {
      await new Promise((r) => busy.close(r));
    }
  });
});

describe.skipIf(!base)('a fresh production stack on PostgreSQL (TEST_DATABASE_URL)', () => {
  const admin = new pg.Client({ connectionString: base });
  const name = `zp_boot_${Date.now()}`;
  const url = base ? base.replace(/\/[^/?]*(\?|$)/, `/${name}$1`) : '';
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end();
  });

  test('a missing database is named in one line', async () => {
    await admin.connect();
    const r = runBundle(SERVER_BUNDLE, [], {
      DATABASE_URL: url,
      NODE_ENV: 'production',
      JWT_SECRET,
    });
    expectOneLineFailure(r, new RegExp(`database .*/${name} does not exist: create it`));
  });

  test('first admin by the documented command, then an enterprise starts an assessment: no SQL, no demo data', async () => {
    await admin.query(`create database ${name}`);
    const env = { DATABASE_URL: url, NODE_ENV: 'production', JWT_SECRET };
    const created = runBundle(
      CLI_BUNDLE,
      ['admin', 'create', '--email', 'Boss@Example.com'],
      env,
      'Str0ng-first-admin\n',
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      created: { email: 'boss@example.com', role: 'admin' },
    });

    server = await startServer(env, { bundled: true });
    expect(server.output()).not.toMatch(/demo logins/);
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${server!.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const login = await post('/api/v1/auth/login', {
      email: 'boss@example.com',
      password: 'Str0ng-first-admin',
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toMatch(/Secure/);
    expect(
      (await post('/api/v1/auth/login', { email: 'admin@zhiping.local', password: 'Demo@2026!' }))
        .status,
    ).toBe(401);

    // Registration goes by mail: without SMTP_URL the link is an .eml in DATA_DIR/outbox.
    const reg = await registerOverHttp(server.url, join(server.dataDir, 'outbox'));
    const { accessToken } = reg.session;
    const systems = (await (
      await fetch(`${server.url}/api/v1/indicator-systems`, {
        headers: { authorization: `Bearer ${accessToken}` },
      })
    ).json()) as { items: { id: string; systemCode: string; profiles: { id: string }[] }[] };
    const cmmm = systems.items.find((s) => s.systemCode === 'cmmm-2020');
    expect(cmmm).toBeDefined();
    const started = await post(
      '/api/v1/assessments',
      { versionId: cmmm!.id, title: '首次评估', profileId: cmmm!.profiles[0]!.id, targetLevel: 3 },
      accessToken,
    );
    expect(started.status).toBe(201);
  });
});
