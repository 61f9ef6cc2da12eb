/**
 * Bytes over the wire per route of the built web app, from a running server: used by
 * `pnpm bench` and by scripts/bench-web.ts (this figure alone, in seconds).
 */
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { REPO_ROOT } from '../tests/support/server-process.ts';
import { routeFiles } from '../tests/support/web-routes.ts';

/** One GET with the body kept as sent (fetch would decode it): the bytes a browser receives. */
function bodyBytes(url: string, acceptEncoding: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(n) : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * What a first visit of each route transfers from the running server (index.html, the entry
 * chunk, the route's chunk, their static imports and CSS, read from the build manifest), as
 * a browser asking for brotli, one asking for gzip only, and one asking for neither.
 */
export async function webTransfer(serverUrl: string) {
  const dist = join(REPO_ROOT, 'web', 'dist');
  const rows: { route: string; files: number; br: number; gzip: number; plain: number }[] = [];
  for (const route of ['shell', 'login', 'questionnaire', 'report'] as const) {
    const files = routeFiles(dist, route);
    const sum = async (ae: string | null) =>
      (await Promise.all(files.map((f) => bodyBytes(`${serverUrl}${f}`, ae)))).reduce(
        (a, b) => a + b,
        0,
      ) / 1024;
    rows.push({
      route,
      files: files.length,
      br: await sum('gzip, deflate, br'),
      gzip: await sum('gzip, deflate'),
      plain: await sum(null),
    });
  }
  return rows;
}
