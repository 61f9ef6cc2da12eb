import { createConnection } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@zhiping/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testConfig } from '../../support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import {
  login,
  PASSWORD,
  refreshCookieOf,
  registerEnterprise,
  requirementsOf,
  startAssessment,
} from '../../support/fixtures.ts';
import { seedDatabase } from '@zhiping/server/db/seed';

/**
 * Two app instances over one database, as production runs them behind a load balancer:
 * a session started on one works on the other, autosave conflicts still answer 409, and
 * with Redis the login failure limit of an account and address holds across both.
 */
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let db: TestDatabase;
let a: FastifyInstance;
let b: FastifyInstance;

/** Fails with what is missing, instead of ioredis's "Connection is closed." later on. */
async function assertRedisAnswers(url: string) {
  const u = new URL(url);
  const ok = await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(/^\+PONG|^-NOAUTH/.test(d.toString())));
  });
  if (!ok) {
    throw new Error(
      `no Redis answers at ${url} (TEST_REDIS_URL): start redis-server or point TEST_REDIS_URL at one; \`pnpm test\` starts its own`,
    );
  }
}

beforeAll(async () => {
  await assertRedisAnswers(redisUrl);
  db = await createTestDatabase();
  await seedDatabase(db.database.db, { demo: true });
  const env = { REDIS_URL: redisUrl, LOGIN_RATE_LIMIT_PER_MINUTE: '4' };
  a = await buildApp(testConfig(env), { database: db.database, logger: false });
  b = await buildApp(testConfig(env), { database: db.database, logger: false });
  await Promise.all([a.ready(), b.ready()]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
});

describe('two instances, one database', () => {
  test('a session from instance A works on instance B, refresh included', async () => {
    const ent = await registerEnterprise(a);
    const me = await b.inject({ method: 'GET', url: '/api/v1/auth/me', headers: ent.headers });
    expect(me.statusCode).toBe(200);
    const refreshed = await b.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: ent.cookie },
    });
    expect(refreshed.statusCode).toBe(200);
    // Within the grace window A hands out the same successor B did: the state is shared.
    const tab = await a.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: ent.cookie },
    });
    expect(refreshCookieOf(tab.headers['set-cookie'])).toBe(
      refreshCookieOf(refreshed.headers['set-cookie']),
    );
    // After it, the rotated token replayed on A is detected as reuse.
    await db.database.db.execute(
      `update refresh_tokens set rotated_at = rotated_at - interval '1 minute' where user_id = '${ent.session.user.id}'`,
    );
    const replay = await a.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: ent.cookie },
    });
    expect(replay.statusCode).toBe(401);
  });

  test('concurrent autosaves through different instances: one wins, the other gets 409', async () => {
    const ent = await registerEnterprise(a);
    const asm = await startAssessment(a, ent);
    const reqs = await requirementsOf(a, ent, asm.version.id, 'automotive');
    const [x, y] = await Promise.all([
      a.inject({
        method: 'PATCH',
        url: `/api/v1/assessments/${asm.id}/answers`,
        headers: ent.headers,
        payload: { revision: 1, answers: [{ requirementId: reqs[0]!.id, choice: 'full' }] },
      }),
      b.inject({
        method: 'PATCH',
        url: `/api/v1/assessments/${asm.id}/answers`,
        headers: ent.headers,
        payload: { revision: 1, answers: [{ requirementId: reqs[1]!.id, choice: 'most' }] },
      }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
  });

  test('with REDIS_URL the login failure limit of an account and address holds across both instances', async () => {
    const ent = await registerEnterprise(a);
    const attacker = `10.66.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 === 0 ? a : b;
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: ent.body.user.email, password: `wrong-${i}-xxxxx` },
        remoteAddress: attacker,
      });
      codes.push(r.statusCode);
    }
    // 4 failures per account and address per minute in total, not 4 per instance.
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    // The right password from the guessing address waits too, on either instance…
    for (const app of [a, b]) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: ent.body.user.email, password: PASSWORD },
        remoteAddress: attacker,
      });
      expect(r.statusCode).toBe(429);
    }
    // …while the owner, from their own address, signs in on both.
    await expect(login(a, ent.body.user.email, PASSWORD)).resolves.toBeTruthy();
    await expect(login(b, ent.body.user.email, PASSWORD)).resolves.toBeTruthy();
  });
});
