import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.ts';

/**
 * Redis carries only the rate limits (per-IP limits of the auth routes, failed sign-ins per
 * account and address). When it goes away the limits fail open: sign-in keeps answering
 * 200 / 401, never 500 (found by the soak's Redis outage: logins answered 500 while Redis was
 * cut). When it comes back the limits are shared through it again, without a restart.
 */
const redisBase = (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '');
// A Redis database of its own (FLUSHDB is used on it).
const REDIS_DB = 15;
let proxy: TcpProxy;
let t: TestApp;
let redis: Redis;

beforeAll(async () => {
  const target = new URL(redisBase);
  proxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
  t = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}/${REDIS_DB}` });
  redis = new Redis(`${redisBase}/${REDIS_DB}`);
});
afterAll(async () => {
  redis?.disconnect();
  await t?.close();
  await proxy?.close();
});

const login = (password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: 'demo@zhiping.local', password },
  });

describe('Redis outage', () => {
  test('sign-in answers 200 / 401 while Redis is away, and the limits use Redis again after', async () => {
    expect((await login('Demo@2026!')).statusCode).toBe(200);
    await proxy.cut();
    try {
      for (let i = 0; i < 3; i++) {
        expect((await login('Demo@2026!')).statusCode).toBe(200);
        const wrong = await login('wrong-password-2026');
        expect(wrong.statusCode).toBe(401);
      }
    } finally {
      await proxy.restore();
    }
    await redis.flushdb();
    let written = false;
    for (let i = 0; i < 40 && !written; i++) {
      expect((await login('wrong-password-2026')).statusCode).toBe(401);
      written = (await redis.keys('zp:attempts:*')).length > 0;
      if (!written) await new Promise((r) => setTimeout(r, 250));
    }
    expect(written).toBe(true);
  });
});
