/** `pnpm tsx scripts/bench-session.ts`: the session check's cost alone (see bench-session-lib.ts). */
import { benchSessionCheck } from './bench-session-lib.ts';

const f = await benchSessionCheck({}, { seconds: Number(process.env.BENCH_SESSION_SECONDS ?? 8) });
const line = (name: string, x: { rps: number; p50: number; p99: number }) =>
  `${name}: ${x.rps.toFixed(0)} req/s, p50 ${x.p50} ms, p99 ${x.p99} ms`;
console.log(`GET /api/v1/auth/me, ${f.connections} connections, 2 × ${f.seconds} s each, PGlite`);
console.log(line('SESSION_CHECK_CACHE_MS=3000 (default)', f.cached));
console.log(line('SESSION_CHECK_CACHE_MS=0 (every request)', f.uncached));
console.log(
  `uncached / cached throughput: ${((100 * f.uncached.rps) / f.cached.rps).toFixed(1)} %`,
);
