/**
 * `pnpm build && pnpm tsx scripts/idle-rss.ts [seconds]`: idle resident memory of the demo on
 * PGlite, as `pnpm demo` runs it (the bundle, development mode, demo data), on a fresh data
 * directory and again after a restart on the same one. VmRSS is read `seconds` (default 20)
 * after the URL line; docs/performance.md, "Idle memory", records the figures.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/support/server-process.ts';

const seconds = Number(process.argv[2] ?? 20);
const dataDir = mkdtempSync(join(tmpdir(), 'zp-idle-'));
const status = (pid: number, key: string) =>
  Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) /
  1024;

for (const run of ['fresh data directory', 'restart on it']) {
  const t = Date.now();
  const server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' }, { bundled: true });
  const listening = Date.now() - t;
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const pid = server.child.pid!;
  console.log(
    `${run}: listening after ${(listening / 1000).toFixed(1)} s, VmRSS ${status(pid, 'VmRSS').toFixed(0)} MB ${seconds} s later (peak ${status(pid, 'VmHWM').toFixed(0)} MB)`,
  );
  await server.stop();
}
