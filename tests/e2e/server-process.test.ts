import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, SERVER_BUNDLE, startServer } from '../support/server-process.ts';

// The TypeScript sources as `pnpm dev` runs them, and the bundle `pnpm build` makes for `pnpm start`.
const ENTRIES = {
  sources: ['--import', 'tsx', 'server/src/server.ts'],
  bundle: [SERVER_BUNDLE],
};

function runServer(env: Record<string, string>, entry: keyof typeof ENTRIES) {
  return spawnSync(process.execPath, ENTRIES[entry], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the server process', () => {
  test.each(
    (['sources', 'bundle'] as const).flatMap((entry) =>
      (
        [
          ['PORT=abc', { PORT: 'abc' }, /PORT: .*number/i],
          [
            'a non-postgres DATABASE_URL',
            { DATABASE_URL: 'mysql://x' },
            /DATABASE_URL: must be a postgres/,
          ],
          ['production without a JWT secret', { NODE_ENV: 'production' }, /JWT_SECRET: required/],
        ] as [string, Record<string, string>, RegExp][]
      ).map(([name, env, message]) => [entry, name, env, message] as const),
    ),
  )('(%s) refuses to start with %s, in one clear line', (entry, _name, env, message) => {
    const r = runServer(env, entry);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^zhiping: Invalid configuration: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('keeps its data and its development secret across a restart, and stops on SIGTERM', async () => {
    // First the built bundle (`pnpm start`), then the sources (`pnpm dev`) on the same data.
    const first = await startServer({ SEED_DEMO: 'true' }, { bundled: true });
    const health = await fetch(`${first.url}/api/health`);
    expect(health.status).toBe(200);
    expect((await fetch(`${first.url}/api/ready`)).status).toBe(200);
    // The demo account signs in; its access token is kept across the restart.
    const signIn = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@zhiping.local', password: 'Demo@2026!' }),
    });
    expect(signIn.status).toBe(200);
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const auth = { authorization: `Bearer ${accessToken}` };
    const before = await (await fetch(`${first.url}/api/v1/assessments`, { headers: auth })).json();
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startServer({ SEED_DEMO: 'true', DATA_DIR: first.dataDir });
    // The same secret (the token verifies), the same session, the same data: nothing doubled
    // by seeding again, nothing lost.
    const res = await fetch(`${second.url}/api/v1/assessments`, { headers: auth });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(before);
    expect(await second.stop('SIGINT')).toBe(0);
  });
});
