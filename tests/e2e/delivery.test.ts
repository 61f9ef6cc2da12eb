import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, startServer, type ServerProcess } from '../support/server-process.ts';
import { routeFiles } from '../support/web-routes.ts';

/**
 * The real build served by the production bundle (NODE_ENV=production): what a browser gets
 * for the login and report routes, compressed as it asks; no source map reachable, though the
 * build keeps them on disk.
 */
const DIST = join(REPO_ROOT, 'web', 'dist');
let server: ServerProcess;

beforeAll(async () => {
  server = await startServer(
    { NODE_ENV: 'production', JWT_SECRET: 'delivery-test-secret-0123456789abcdef0123' },
    { bundled: true },
  );
});
afterAll(() => server?.stop());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET whose body is kept exactly as sent (fetch would decode it). */
function raw(path: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const onDisk = (path: string) => readFileSync(join(DIST, path === '/' ? 'index.html' : path));
const vary = (r: Raw) => String(r.headers.vary ?? '').toLowerCase();

describe.each(['login', 'report'] as const)('the %s route', (route) => {
  test('every file comes brotli- or gzip-encoded as asked, identical once decoded', async () => {
    const files = routeFiles(DIST, route);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const path of files) {
      const original = onDisk(path);
      const br = await raw(path, 'gzip, deflate, br');
      expect(br.status, path).toBe(200);
      expect(vary(br), path).toContain('accept-encoding');
      const gz = await raw(path, 'gzip');
      const plain = await raw(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(original), path).toBe(true);
      if (original.length < 1024) continue; // the build compresses nothing that small
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(br.body).equals(original), path).toBe(true);
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(gz.body).equals(original), path).toBe(true);
      expect(br.body.length, path).toBeLessThan(gz.body.length);
    }
  });

  test('assets are immutable for a year, the document is revalidated', async () => {
    for (const path of routeFiles(DIST, route)) {
      const res = await raw(path, 'br');
      expect(res.headers['cache-control'], path).toBe(
        path === '/' ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    }
    expect((await raw(`/${route}`, 'br')).headers['cache-control']).toBe('no-cache');
  });
});

test('no source map is reachable in production, though the build keeps them', async () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
    );
  const maps = walk(DIST).filter((f) => f.endsWith('.map'));
  expect(maps.length).toBeGreaterThan(0);
  for (const file of maps) {
    const path = `/${relative(DIST, file)}`;
    const res = await raw(path, 'br');
    expect(res.status, path).toBe(404);
    expect(res.body.toString(), path).not.toContain('"mappings"');
  }
  // …nor named by a bundle.
  for (const path of routeFiles(DIST, 'report').filter((f) => f.endsWith('.js'))) {
    expect(onDisk(path).toString(), path).not.toMatch(/sourceMappingURL/);
  }
});

test('a large JSON answer is compressed, a small one is not', async () => {
  const doc = await raw('/api/docs/json', 'gzip, br');
  expect(doc.status).toBe(200);
  expect(doc.headers['content-encoding']).toBe('br');
  expect(vary(doc)).toContain('accept-encoding');
  expect(JSON.parse(brotliDecompressSync(doc.body).toString())).toHaveProperty('openapi');
  const health = await raw('/api/health', 'gzip, br');
  expect(health.headers['content-encoding']).toBeUndefined();
});
