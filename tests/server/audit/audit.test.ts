import type { AuditEventView } from '@zhiping/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { login, registerEnterprise, type Actor } from '../../support/fixtures.ts';

const DEMO_PASSWORD = 'Demo@2026!';

let t: TestApp;
let admin: Actor;
let assessor: Actor;
let respondent: Actor;
let ent: Actor & { body: { user: { email: string } } };

beforeAll(async () => {
  t = await createTestApp();
  admin = await login(t.app, 'admin@zhiping.local', DEMO_PASSWORD);
  assessor = await login(t.app, 'assessor@zhiping.local', DEMO_PASSWORD);
  respondent = await login(t.app, 'demo@zhiping.local', DEMO_PASSWORD);
  ent = await registerEnterprise(t.app);
});
afterAll(() => t.close());

type Page = { items: AuditEventView[]; total: number; page: number; limit: number };

const audit = async (query = '') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/admin/audit${query}`,
    headers: admin.headers,
  });
  expect(res.statusCode).toBe(200);
  return res.json<Page>();
};

const failLogin = (email: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: 'wrong-password-1' },
  });

describe('the audit log', () => {
  test('login failures appear with the account, its email and the reason', async () => {
    expect((await failLogin(ent.body.user.email)).statusCode).toBe(401);
    expect((await failLogin('nobody-here@example.com')).statusCode).toBe(401);
    const { items } = await audit('?action=auth.login_failed');
    expect(items.slice(0, 2)).toEqual([
      expect.objectContaining({
        actorId: null,
        actorEmail: null,
        entityId: null,
        after: { email: 'nobody-here@example.com', reason: 'unknown' },
      }),
      expect.objectContaining({
        actorId: ent.session.user.id,
        actorEmail: ent.body.user.email,
        actorRole: 'respondent',
        organizationId: ent.session.organization!.id,
        entityType: 'user',
        entityId: ent.session.user.id,
        after: { email: ent.body.user.email, reason: 'password' },
      }),
    ]);
  });

  test('is newest first and filters by actor, enterprise, entity and action prefix', async () => {
    const all = await audit('?limit=100');
    const ids = all.items.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const ats = all.items.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());

    const byActor = await audit(`?actorId=${ent.session.user.id}`);
    expect(byActor.total).toBeGreaterThanOrEqual(2);
    expect(byActor.items.every((e) => e.actorId === ent.session.user.id)).toBe(true);
    expect(byActor.items.map((e) => e.action)).toContain('organization.registered');

    const orgId = ent.session.organization!.id;
    const byOrg = await audit(`?organizationId=${orgId}`);
    expect(byOrg.items.every((e) => e.organizationId === orgId)).toBe(true);
    const byEntity = await audit(`?entityType=organization&entityId=${orgId}`);
    expect(byEntity.items.map((e) => e.action)).toEqual(['organization.registered']);

    const authOnly = await audit('?action=auth.*&limit=100');
    expect(authOnly.total).toBeGreaterThanOrEqual(5);
    expect(authOnly.items.every((e) => e.action.startsWith('auth.'))).toBe(true);
    // A prefix that ends inside a word: "auth.login_*" is login_failed, not auth.login.
    const underscore = await audit('?action=auth.login_*&limit=100');
    expect(new Set(underscore.items.map((e) => e.action))).toEqual(new Set(['auth.login_failed']));
  });

  test('filters by a time window: from inclusive, to exclusive', async () => {
    const [newest] = (await audit('?limit=1')).items;
    const at = encodeURIComponent(newest!.at);
    expect((await audit(`?from=${at}`)).items.map((e) => e.id)).toContain(newest!.id);
    expect((await audit(`?to=${at}&limit=100`)).items.map((e) => e.id)).not.toContain(newest!.id);
    const future = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    expect((await audit(`?from=${future}`)).total).toBe(0);
    const everything = await audit('?limit=1');
    const past = encodeURIComponent('2000-01-01T00:00:00+08:00');
    expect((await audit(`?from=${past}&to=${future}`)).total).toBe(everything.total);
  });

  test('paginates', async () => {
    const first = await audit('?limit=2&page=1');
    const second = await audit('?limit=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(second.items[0]!.id).toBeLessThan(first.items[1]!.id);
    expect(second.total).toBe(first.total);
  });

  test.each([
    ['a date that is not ISO', '?from=yesterday', 'querystring.from'],
    ['an actor that is not a UUID', '?actorId=42', 'querystring.actorId'],
    ['an action with a wildcard inside', '?action=auth.*.x', 'querystring.action'],
    ['a limit above 100', '?limit=500', 'querystring.limit'],
  ])('refuses %s with 400 naming the parameter', async (_n, query, field) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/audit${query}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([field]);
  });

  test('respondents and assessors get 403, anonymous callers 401', async () => {
    for (const actor of [respondent, assessor]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/audit',
        headers: actor.headers,
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit' })).statusCode).toBe(
      401,
    );
  });
});
