/**
 * The cost of the per-request session check (server/src/plugins/session-state.ts): every
 * authenticated request looks up its user, enterprise and refresh family, cached per process
 * for SESSION_CHECK_CACHE_MS. Two server processes on the same kind of database, one with the
 * default cache (3 s) and one with SESSION_CHECK_CACHE_MS=0 (a database lookup on every
 * request), loaded alternately (A B A B, so drift on a shared machine hits both) with
 * autocannon on a cheap authenticated route, GET /api/v1/auth/me.
 *
 * Used by `pnpm bench`; alone: `pnpm tsx scripts/bench-session.ts` (BENCH_SESSION_SECONDS,
 * default 8 s per run; DATABASE_URL for PostgreSQL — the servers then need a database each,
 * so the standalone script runs on PGlite only).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer, type ServerProcess } from '../tests/support/server-process.ts';

export interface SessionCheckFigures {
  connections: number;
  seconds: number;
  cached: { rps: number; p50: number; p99: number };
  uncached: { rps: number; p50: number; p99: number };
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@zhiping.local', password: 'Demo@2026!' }),
  });
  if (res.status !== 200) throw new Error(`demo login: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function benchSessionCheck(
  env: Record<string, string>,
  opts: { connections?: number; seconds?: number } = {},
): Promise<SessionCheckFigures> {
  const connections = opts.connections ?? 10;
  const seconds = opts.seconds ?? 8;
  const servers: ServerProcess[] = [];
  try {
    const start = (cacheMs: string) =>
      startServer({
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        AUTH_IP_RATE_LIMIT_PER_MINUTE: '100000',
        DATA_DIR: mkdtempSync(join(os.tmpdir(), 'zp-bench-session-')),
        ...env,
        SESSION_CHECK_CACHE_MS: cacheMs,
      });
    const cached = await start('3000');
    servers.push(cached);
    const uncached = await start('0');
    servers.push(uncached);
    const tokens = [await signIn(cached.url), await signIn(uncached.url)];
    const runs: { rps: number; p50: number; p99: number }[][] = [[], []];
    for (let round = 0; round < 2; round++) {
      for (const [i, server] of [cached, uncached].entries()) {
        const r = await autocannon({
          url: `${server.url}/api/v1/auth/me`,
          connections,
          duration: seconds,
          headers: { authorization: `Bearer ${tokens[i]}` },
        });
        if (r.non2xx) throw new Error(`GET /auth/me: ${r.non2xx} non-2xx answers`);
        runs[i]!.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
      }
    }
    const avg = (xs: { rps: number; p50: number; p99: number }[]) => ({
      rps: xs.reduce((s, x) => s + x.rps, 0) / xs.length,
      p50: xs.reduce((s, x) => s + x.p50, 0) / xs.length,
      p99: xs.reduce((s, x) => s + x.p99, 0) / xs.length,
    });
    return { connections, seconds, cached: avg(runs[0]!), uncached: avg(runs[1]!) };
  } finally {
    for (const s of servers) await s.stop();
  }
}
