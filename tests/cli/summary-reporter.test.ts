import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'summary');

test('the closing line counts a file whose setup failed as failed, as vitest does', () => {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      join(FIXTURE, 'vitest.config.ts'),
    ],
    { cwd: FIXTURE, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: 'true' } },
  );
  expect(r.status).toBe(1);
  const last = r.stdout.trim().split('\n').at(-1);
  expect(last).toBe('tests: 1 passed, 1 failed, 2 skipped');
}, 90_000);
