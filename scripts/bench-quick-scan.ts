/**
 * Quick mode of the quick-scan figure of `pnpm bench` (about 20 s):
 * `pnpm exec tsx scripts/bench-quick-scan.ts` (PGlite; DATABASE_URL=… for PostgreSQL).
 * Starts the server from the sources, times the quick-scan result request, prints p50 / p99.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/support/server-process.ts';
import { quickScanResultTiming } from './bench-quick-scan-lib.ts';

const server = await startServer({
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  ...(process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : { DATA_DIR: mkdtempSync(join(os.tmpdir(), 'zp-bench-qs-')) }),
});
try {
  const r = await quickScanResultTiming(server.url);
  // The same loop on /api/health: what the machine's load adds to any request.
  const health: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await (await fetch(`${server.url}/api/health`)).arrayBuffer();
    health.push(performance.now() - t);
  }
  health.sort((a, b) => a - b);
  const ok = r.p50 <= 5;
  console.log(
    `${ok ? '✓' : '✗'} quick-scan result p50 / p99: ${r.p50.toFixed(2)} / ${r.p99.toFixed(2)} ms ` +
      `(${r.n} sequential requests; budget p50 ≤ 5 ms) on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ` +
      `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}; ` +
      `/api/health p50 ${health[150]!.toFixed(2)} ms`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await server.stop();
}
