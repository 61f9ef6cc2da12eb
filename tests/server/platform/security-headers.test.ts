import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@zhiping/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../support/app.ts';

/**
 * HSTS and the CSP's `upgrade-insecure-requests` only on requests that came over TLS: on
 * plain HTTP (a LAN deployment without TLS) they would make browsers rewrite every request to
 * https:// and break the app. Behind a proxy (TRUST_PROXY) its X-Forwarded-Proto says which;
 * without TRUST_PROXY the header is a client's claim and is ignored.
 */
let t: TestApp;
let proxied: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  proxied = await buildApp(testConfig({ TRUST_PROXY: 'true' }), {
    database: t.db.database,
    logger: false,
  });
  await proxied.ready();
});
afterAll(async () => {
  await proxied?.close();
  await t?.close();
});

const CSP_TLS =
  "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
  "frame-ancestors 'none';img-src 'self' data: blob:;object-src 'none';script-src 'self';" +
  "script-src-attr 'none';style-src 'self' 'unsafe-inline';upgrade-insecure-requests;" +
  "connect-src 'self'";
const CSP_PLAIN = CSP_TLS.replace('upgrade-insecure-requests;', '');

function expectCommon(headers: Record<string, unknown>, url: string) {
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
  expect(headers['x-frame-options'], url).toBe('SAMEORIGIN');
}

const URLS = ['/api/health', '/api/v1/nope', '/api/v1/assessments'];

describe('security headers', () => {
  test('plain HTTP: no HSTS, no upgrade-insecure-requests, the rest as usual', async () => {
    for (const url of URLS) {
      const res = await t.app.inject({ method: 'GET', url });
      expectCommon(res.headers, url);
      expect(res.headers['content-security-policy'], url).toBe(CSP_PLAIN);
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  test('without TRUST_PROXY a client-sent X-Forwarded-Proto: https changes nothing', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBe(CSP_PLAIN);
  });

  test('with TRUST_PROXY: HSTS and upgrade-insecure-requests when the proxy says https, not when it says http', async () => {
    for (const url of URLS) {
      const https = await proxied.inject({
        method: 'GET',
        url,
        headers: { 'x-forwarded-proto': 'https' },
      });
      expectCommon(https.headers, url);
      expect(https.headers['content-security-policy'], url).toBe(CSP_TLS);
      expect(https.headers['strict-transport-security'], url).toMatch(/^max-age=\d+/);

      const http = await proxied.inject({
        method: 'GET',
        url,
        headers: { 'x-forwarded-proto': 'http' },
      });
      expect(http.headers['strict-transport-security'], url).toBeUndefined();
      expect(http.headers['content-security-policy'], url).toBe(CSP_PLAIN);
    }
  });

  test('a request over a real TLS socket gets HSTS (no proxy involved)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zp-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ].concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    const server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (req, res) => t.app.routing(req, res),
    );
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    try {
      const port = (server.address() as AddressInfo).port;
      const headers = await new Promise<Record<string, unknown>>((res, rej) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/api/health', rejectUnauthorized: false },
          (r) => {
            r.resume();
            r.on('end', () => res(r.headers));
          },
        );
        req.on('error', rej);
        req.end();
      });
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      expect(headers['content-security-policy']).toBe(CSP_TLS);
    } finally {
      await new Promise((res) => server.close(res));
    }
  });
});
