import { randomUUID } from 'node:crypto';
import type { AdminOrganizationView, AdminUserView } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import { login, PASSWORD, registerEnterprise, type Actor } from '../../support/fixtures.ts';
import { adminSetup } from '../../support/staff.ts';

const { t, admin, assessor, respondent, call } = adminSetup();

type Page<T> = { items: T[]; total: number; page: number; limit: number };
const fieldsOf = (res: { json: () => unknown }) =>
  (res.json() as { errors: { field: string }[] }).errors.map((e) => e.field);

const tryLogin = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
const refresh = (actor: Actor) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: actor.cookie } });

describe('enterprises', () => {
  test('lists with search by name or credit code, and counts users', async () => {
    const ent = await registerEnterprise(t.app);
    const { name, creditCode } = ent.body.organization;
    const byName = await call(
      admin,
      'GET',
      `/api/v1/admin/organizations?q=${encodeURIComponent(name)}`,
    );
    expect(byName.statusCode).toBe(200);
    expect(byName.json<Page<AdminOrganizationView>>().items).toEqual([
      expect.objectContaining({
        name,
        creditCode,
        userCount: 1,
        assessmentCount: 0,
        disabled: false,
      }),
    ]);
    const byCode = await call(
      admin,
      'GET',
      `/api/v1/admin/organizations?q=${creditCode.slice(4, 14).toLowerCase()}`,
    );
    expect(byCode.json<Page<AdminOrganizationView>>().items.map((o) => o.creditCode)).toContain(
      creditCode,
    );
    const page = await call(admin, 'GET', '/api/v1/admin/organizations?limit=1');
    const p = page.json<Page<AdminOrganizationView>>();
    expect(p.items).toHaveLength(1);
    expect(p.total).toBeGreaterThanOrEqual(2);
  });

  test("disabling an enterprise ends its users' sessions and sign-ins until enabled again", async () => {
    const ent = await registerEnterprise(t.app);
    const orgId = ent.session.organization!.id;
    const off = await call(admin, 'PATCH', `/api/v1/admin/organizations/${orgId}`, {
      disabled: true,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ id: orgId, disabled: true });
    expect((await refresh(ent)).statusCode).toBe(401);
    expect((await tryLogin(ent.body.user.email, PASSWORD)).statusCode).toBe(401);
    const disabledList = await call(admin, 'GET', '/api/v1/admin/organizations?disabled=true');
    expect(disabledList.json<Page<AdminOrganizationView>>().items.map((o) => o.id)).toEqual([
      orgId,
    ]);

    const on = await call(admin, 'PATCH', `/api/v1/admin/organizations/${orgId}`, {
      disabled: false,
    });
    expect(on.json()).toMatchObject({ disabled: false });
    expect((await tryLogin(ent.body.user.email, PASSWORD)).statusCode).toBe(200);
    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?entityType=organization&entityId=${orgId}`,
    );
    expect(audit.json<Page<{ action: string }>>().items.map((e) => e.action)).toEqual([
      'organization.enabled',
      'organization.disabled',
      'organization.registered',
    ]);
    expect(
      (
        await call(admin, 'PATCH', `/api/v1/admin/organizations/${randomUUID()}`, {
          disabled: true,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('users', () => {
  test('lists by role, enterprise and email', async () => {
    const assessors = await call(admin, 'GET', '/api/v1/admin/users?role=assessor');
    expect(assessors.statusCode).toBe(200);
    const items = assessors.json<Page<AdminUserView>>().items;
    expect(items.map((u) => u.email)).toContain('assessor@zhiping.local');
    expect(items.every((u) => u.role === 'assessor' && u.organizationId === null)).toBe(true);
    const ent = await registerEnterprise(t.app);
    const orgId = ent.session.organization!.id;
    const ofOrg = await call(admin, 'GET', `/api/v1/admin/users?organizationId=${orgId}`);
    expect(ofOrg.json<Page<AdminUserView>>().items).toEqual([
      expect.objectContaining({
        email: ent.body.user.email,
        role: 'respondent',
        organizationId: orgId,
        organizationName: ent.body.organization.name,
      }),
    ]);
    const byEmail = await call(admin, 'GET', '/api/v1/admin/users?q=ZHIPING.LOCAL');
    expect(byEmail.json<Page<AdminUserView>>().total).toBe(3);
    const bad = await call(admin, 'GET', '/api/v1/admin/users?role=king');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['querystring.role']);
  });

  test('an admin cannot demote or disable themself', async () => {
    const me = admin.session.user.id;
    for (const change of [{ role: 'assessor' }, { disabled: true }]) {
      const res = await call(admin, 'PATCH', `/api/v1/admin/users/${me}`, change);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'self_modification' });
    }
    expect((await call(admin, 'GET', '/api/v1/auth/me')).json()).toMatchObject({
      user: { role: 'admin', disabled: false },
    });
  });

  test('a role change moves the enterprise link, ends sessions and is audited before/after', async () => {
    const ent = await registerEnterprise(t.app);
    const id = ent.session.user.id;
    const orgId = ent.session.organization!.id;
    const toAssessor = await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, {
      role: 'assessor',
    });
    expect(toAssessor.statusCode).toBe(200);
    expect(toAssessor.json()).toMatchObject({
      role: 'assessor',
      organizationId: null,
      organizationName: null,
    });
    expect((await refresh(ent)).statusCode).toBe(401);
    const relogged = await login(t.app, ent.body.user.email, PASSWORD);
    expect(relogged.session.user.role).toBe('assessor');

    const noOrg = await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, { role: 'respondent' });
    expect(noOrg.statusCode).toBe(400);
    expect(fieldsOf(noOrg)).toEqual(['body.organizationId']);
    const unknownOrg = await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, {
      role: 'respondent',
      organizationId: randomUUID(),
    });
    expect(fieldsOf(unknownOrg)).toEqual(['body.organizationId']);
    const staffWithOrg = await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, {
      role: 'admin',
      organizationId: orgId,
    });
    expect(staffWithOrg.statusCode).toBe(400);
    expect(fieldsOf(staffWithOrg)).toEqual(['body.organizationId']);

    const back = await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, {
      role: 'respondent',
      organizationId: orgId,
    });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ role: 'respondent', organizationId: orgId });

    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?action=user.updated&entityId=${id}`,
    );
    expect(audit.json<Page<unknown>>().items).toEqual([
      expect.objectContaining({
        before: { role: 'assessor', organizationId: null, disabled: false },
        after: { role: 'respondent', organizationId: orgId, disabled: false },
        actorEmail: 'admin@zhiping.local',
      }),
      expect.objectContaining({
        before: { role: 'respondent', organizationId: orgId, disabled: false },
        after: { role: 'assessor', organizationId: null, disabled: false },
      }),
    ]);
  });

  test('a disabled user cannot sign in or refresh, and the refusal is in the audit log', async () => {
    const ent = await registerEnterprise(t.app);
    const id = ent.session.user.id;
    const off = await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, { disabled: true });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ disabled: true, role: 'respondent' });
    expect((await refresh(ent)).statusCode).toBe(401);
    const denied = await tryLogin(ent.body.user.email, PASSWORD);
    expect(denied.statusCode).toBe(401);
    expect(denied.json()).toMatchObject({ code: 'invalid_credentials' });
    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?action=auth.login_failed&entityId=${id}`,
    );
    expect(audit.json<Page<unknown>>().items[0]).toMatchObject({
      actorId: id,
      actorEmail: ent.body.user.email,
      after: { reason: 'disabled' },
    });
    const disabled = await call(admin, 'GET', `/api/v1/admin/users?disabled=true`);
    expect(disabled.json<Page<AdminUserView>>().items.map((u) => u.id)).toContain(id);
    await call(admin, 'PATCH', `/api/v1/admin/users/${id}`, { disabled: false });
    expect((await tryLogin(ent.body.user.email, PASSWORD)).statusCode).toBe(200);
  });

  test('an admin creates staff accounts that can sign in with their role', async () => {
    const email = `Reviewer-${Date.now()}@Example.com`;
    const res = await call(admin, 'POST', '/api/v1/admin/users', {
      email,
      displayName: '张评估师',
      role: 'assessor',
      password: 'Strong-pass-2026',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: email.toLowerCase(),
      role: 'assessor',
      organizationId: null,
      disabled: false,
    });
    expect(res.body).not.toContain('password');
    const session = await login(t.app, email.toLowerCase(), 'Strong-pass-2026');
    expect(session.session.user.role).toBe('assessor');
    const dup = await call(admin, 'POST', '/api/v1/admin/users', {
      email,
      displayName: 'x',
      role: 'admin',
      password: 'Strong-pass-2026',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'email_taken' });
    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?action=user.created&entityId=${res.json<{ id: string }>().id}`,
    );
    const [event] = audit.json<Page<{ after: unknown }>>().items;
    expect(event!.after).toEqual({
      email: email.toLowerCase(),
      displayName: '张评估师',
      role: 'assessor',
    });
  });

  test.each([
    ['a respondent role', { role: 'respondent' }, 'body.role'],
    ['a weak password', { password: 'short' }, 'body.password'],
    ['a malformed email', { email: 'not-an-email' }, 'body.email'],
  ])('refuses creating staff with %s (400 naming the field)', async (_n, over, field) => {
    const res = await call(admin, 'POST', '/api/v1/admin/users', {
      email: `staff-${randomUUID()}@example.com`,
      displayName: 'x',
      role: 'assessor',
      password: 'Strong-pass-2026',
      ...over,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('only admins', () => {
  const id = randomUUID();
  const routes: [string, string, unknown?][] = [
    ['GET', '/api/v1/admin/organizations'],
    ['PATCH', `/api/v1/admin/organizations/${id}`, { disabled: true }],
    ['GET', '/api/v1/admin/users'],
    ['PATCH', `/api/v1/admin/users/${id}`, { disabled: true }],
    [
      'POST',
      '/api/v1/admin/users',
      { email: 'x@example.com', displayName: 'x', role: 'admin', password: 'Strong-pass-2026' },
    ],
  ];
  test.each(routes)('%s %s is 403 for a respondent and an assessor', async (method, url, body) => {
    for (const actor of [respondent, assessor]) {
      expect((await call(actor, method, url, body)).statusCode).toBe(403);
    }
  });
});
