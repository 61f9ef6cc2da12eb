import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  publishedVersion,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';

/**
 * Compressed delivery: pre-compressed assets chosen by Accept-Encoding, JSON compressed above
 * 1 KB, binary downloads left alone, cache headers, no source maps. The web dist here is a
 * fixture laid out as the build writes it (web/vite.config.ts); the real build is checked
 * against the production bundle in tests/e2e/delivery.test.ts.
 */
const dist = mkdtempSync(join(tmpdir(), 'zp-dist-'));
const js = Buffer.from(
  Array.from({ length: 800 }, (_, i) => `export const v${i} = "值 ${i}";`).join('\n'),
);
const css = Buffer.from('body{margin:0}'); // below 1 KB: the build writes no .br/.gz for it
const indexHtml =
  '<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body><div id="root"></div></body></html>';

let t: TestApp;
let ent: Actor;
let assessmentId: string;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), indexHtml);
  writeFileSync(join(dist, 'assets', 'index-AbCd1234.js'), js);
  writeFileSync(join(dist, 'assets', 'index-AbCd1234.js.br'), brotliCompressSync(js));
  writeFileSync(join(dist, 'assets', 'index-AbCd1234.js.gz'), gzipSync(js));
  writeFileSync(join(dist, 'assets', 'index-AbCd1234.js.map'), '{"version":3}');
  writeFileSync(join(dist, 'assets', 'small-EfGh5678.css'), css);
  t = await createTestApp({ WEB_DIST_DIR: dist });
  ent = await registerEnterprise(t.app);
  const v = await publishedVersion(t.app, ent);
  const created = await startAssessment(t.app, ent, { versionId: v.id });
  const reqs = await requirementsOf(t.app, ent, v.id, 'automotive');
  const saved = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/assessments/${created.id}/answers`,
    headers: ent.headers,
    payload: {
      revision: created.revision,
      answers: reqs.map((r, i) => ({
        requirementId: r.id,
        choice: ['full', 'most', 'partial', 'none'][i % 4],
      })),
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/${created.id}/submit`,
    headers: ent.headers,
    payload: { revision: saved.json<{ revision: number }>().revision },
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  assessmentId = created.id;
});
afterAll(() => t?.close());

const get = (url: string, acceptEncoding?: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...headers },
  });

const varyList = (v: string | string[] | number | undefined) =>
  [v ?? '']
    .flat()
    .join(',')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());

describe('pre-compressed assets', () => {
  test('brotli when the browser accepts it, gzip when only that, the plain file otherwise', async () => {
    const br = await get('/assets/index-AbCd1234.js', 'gzip, deflate, br, zstd');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(varyList(br.headers.vary)).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(js.length / 4);
    expect(brotliDecompressSync(br.rawPayload).equals(js)).toBe(true);

    const gz = await get('/assets/index-AbCd1234.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(varyList(gz.headers.vary)).toContain('accept-encoding');
    expect(gunzipSync(gz.rawPayload).equals(js)).toBe(true);

    for (const ae of [undefined, 'identity', 'deflate']) {
      const plain = await get('/assets/index-AbCd1234.js', ae);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(varyList(plain.headers.vary)).toContain('accept-encoding');
      expect(plain.rawPayload.equals(js)).toBe(true);
    }
  });

  test('a file without compressed siblings is sent plain, never compressed a second time', async () => {
    const res = await get('/assets/small-EfGh5678.css', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(css.toString());
  });

  test('hashed assets are immutable for a year; index.html and client routes revalidate', async () => {
    expect((await get('/assets/index-AbCd1234.js', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/assets/small-EfGh5678.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const url of ['/', '/index.html', '/dashboard', '/assessments/x/report']) {
      const res = await get(url, 'br, gzip');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.body, url).toBe(indexHtml);
    }
    const head = await t.app.inject({ method: 'HEAD', url: '/dashboard' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['cache-control']).toBe('no-cache');
  });

  test('source maps and the compressed files themselves are not served', async () => {
    for (const url of [
      '/assets/index-AbCd1234.js.map',
      '/assets/index-AbCd1234.js.br',
      '/assets/index-AbCd1234.js.gz',
    ]) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      expect(res.body, url).not.toContain('"version":3');
    }
  });
});

describe('compressed JSON', () => {
  test('a large JSON answer is compressed as the request allows, and decodes to the same JSON', async () => {
    const url = `/api/v1/assessments/${assessmentId}/report`;
    const plain = await get(url, undefined, ent.headers);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(10_000);

    const br = await get(url, 'gzip, deflate, br', ent.headers);
    expect(br.headers['content-encoding']).toBe('br');
    expect(varyList(br.headers.vary)).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await get(url, 'gzip', ent.headers);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  test('the OpenAPI document is compressed too', async () => {
    const doc = await get('/api/docs/json', 'br');
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(doc.rawPayload).toString())).toHaveProperty('openapi');
  });

  test('a small JSON answer (under 1 KB) is sent as it is', async () => {
    const res = await get('/api/health', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  test('PDF and XLSX downloads pass uncompressed; a CSV export is compressed and decodes to the same bytes', async () => {
    const pdf = await get(`/api/v1/assessments/${assessmentId}/roadmap.pdf`, 'br, gzip', {
      ...ent.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = await get(`/api/v1/assessments/${assessmentId}/export.xlsx`, 'br, gzip', {
      ...ent.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const url = `/api/v1/assessments/${assessmentId}/export.csv`;
    const plain = await get(url, undefined, ent.headers);
    const csv = await get(url, 'gzip', ent.headers);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    expect(gunzipSync(csv.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  test('a gzip request body is not inflated by the server', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ email: 'demo@zhiping.local', password: 'Demo@2026!' })),
    });
    expect(res.statusCode).toBe(400);
  });
});
