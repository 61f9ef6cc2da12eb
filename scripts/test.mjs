#!/usr/bin/env node
// The whole test suite: system packages the browser, PDF and scale-out tests need, a Redis for
// the scale-out tests (a throwaway redis-server on a free port unless TEST_REDIS_URL is set),
// the web build the browser tests serve, then every vitest project (PostgreSQL too when
// TEST_DATABASE_URL is set).
import { execSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasCjkFont = () =>
  spawnSync('sh', ['-c', "fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"]).status === 0;

const needs = {
  chromium: 'the browser tests (or set CHROMIUM_PATH)',
  'fonts-noto-cjk': 'the browser and PDF tests',
  'poppler-utils': 'the PDF tests (pdftotext)',
  'redis-server':
    'tests/server/platform/scale-out.test.ts (or set TEST_REDIS_URL to a running Redis)',
};
const missing = [];
if (!has('chromium') && !process.env.CHROMIUM_PATH) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (!has('pdftotext')) missing.push('poppler-utils');
if (!process.env.TEST_REDIS_URL && !has('redis-server')) missing.push('redis-server');
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`installing system packages: ${missing.join(' ')}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `The test suite needs system packages that are not installed:\n` +
        missing.map((p) => `  ${p}: for ${needs[p]}\n`).join('') +
        `Install them (Debian/Ubuntu): sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
}

/** Resolves true when a Redis answers PING at host:port within 1 s. */
function redisAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/** TEST_REDIS_URL as given (checked), or a redis-server of our own, stopped at the end. */
async function redisForTests() {
  if (process.env.TEST_REDIS_URL) {
    const u = new URL(process.env.TEST_REDIS_URL);
    if (u.password || u.username) return { url: process.env.TEST_REDIS_URL, stop() {} };
    if (!(await redisAnswers(u.hostname, Number(u.port || 6379)))) {
      console.error(
        `TEST_REDIS_URL=${process.env.TEST_REDIS_URL} does not answer PING: start that Redis, ` +
          'or unset TEST_REDIS_URL and the test command starts its own redis-server.',
      );
      process.exit(1);
    }
    return { url: process.env.TEST_REDIS_URL, stop() {} };
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'zp-test-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: dir, stdio: 'ignore' },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 50 && child.exitCode === null; i++) {
    if (await redisAnswers('127.0.0.1', port)) {
      console.log(`redis-server for the tests on 127.0.0.1:${port} (stopped at the end)`);
      return { url: `redis://127.0.0.1:${port}`, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  console.error(`redis-server did not start on 127.0.0.1:${port}: run it by hand to see why.`);
  process.exit(1);
}

const redis = await redisForTests();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    redis.stop();
    process.exit(130);
  });
}
const env = { ...process.env, TEST_REDIS_URL: redis.url };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    redis.stop();
    process.exit(r.status ?? 1);
  }
};
run('pnpm', ['build']);
run('pnpm', ['exec', 'vitest', 'run', ...process.argv.slice(2)]);
redis.stop();
