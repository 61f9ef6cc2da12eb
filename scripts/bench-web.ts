/**
 * `pnpm tsx scripts/bench-web.ts`: the web-transfer rows of `pnpm bench` alone. Starts the
 * production bundle (NODE_ENV=production, PGlite in a temp dir) over the last `pnpm build`.
 */
import { startServer } from '../tests/support/server-process.ts';
import { webTransfer } from './bench-web-lib.ts';

const server = await startServer(
  { NODE_ENV: 'production', JWT_SECRET: 'bench-only-secret-0123456789-0123456789-abcdef' },
  { bundled: true },
);
try {
  console.log('route | files | brotli KB | gzip KB | uncompressed KB');
  for (const w of await webTransfer(server.url)) {
    console.log(
      `${w.route} | ${w.files} | ${w.br.toFixed(1)} | ${w.gzip.toFixed(1)} | ${w.plain.toFixed(1)}`,
    );
  }
} finally {
  await server.stop();
}
