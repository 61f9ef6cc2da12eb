import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startServer } from '../support/server-process.ts';

/**
 * The demo on PGlite (the bundle as `pnpm demo` runs it) stays lean when idle: on the fresh
 * data directory of a first start, and on a restart (docs/performance.md, "Idle memory").
 * Before the PGlite cache was cut, a fresh database reopened and the PDF fonts made lazy, the
 * figures were 861 and 422 MB; now ≈ 350 and ≈ 270 MB. The budgets leave room for GC timing.
 */
const vmRssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

test('idle resident memory of the PGlite demo, first start and restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zp-idle-'));
  const measured: number[] = [];
  for (const budget of [480, 340]) {
    const server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' }, { bundled: true });
    try {
      await new Promise((r) => setTimeout(r, 8000));
      const rss = vmRssMb(server.child.pid!);
      measured.push(rss);
      expect(rss, `VmRSS ${rss.toFixed(0)} MB`).toBeLessThan(budget);
    } finally {
      await server.stop();
    }
  }
  console.log(
    `idle VmRSS: first start ${measured[0]!.toFixed(0)} MB, restart ${measured[1]!.toFixed(0)} MB`,
  );
}, 240_000);
