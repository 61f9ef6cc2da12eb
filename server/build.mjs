#!/usr/bin/env node
// `pnpm --filter @zhiping/server build`: bundles the server's own code (and the workspace's
// shared package) into dist/server.mjs, which `pnpm start` runs with plain Node. npm packages
// stay external (native addons, WASM and data files load from node_modules as usual).
// Running the bundle instead of the TypeScript sources through tsx saves the loader thread and
// the on-the-fly transform: ≈ 85 MB less resident memory idle (docs/performance.md).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const external = Object.entries(pkg.dependencies)
  .filter(([, range]) => !String(range).startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);

await build({
  // The XLSX reader's worker thread is its own entry: lib/spreadsheet/xlsx-read.ts starts
  // dist/xlsx-worker.mjs next to dist/server.mjs.
  entryPoints: {
    server: join(here, 'src', 'server.ts'),
    'xlsx-worker': join(here, 'src', 'lib', 'spreadsheet', 'xlsx-worker.ts'),
    // `pnpm zhiping` for the image: `node server/dist/cli.mjs admin create --email …`
    cli: join(here, 'src', 'cli', 'zhiping.ts'),
  },
  outdir: join(here, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('server: dist/server.mjs, dist/xlsx-worker.mjs, dist/cli.mjs');
