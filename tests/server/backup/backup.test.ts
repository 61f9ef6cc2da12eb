import { users } from '@zhiping/server/db/schema';
import { hashPassword } from '@zhiping/server/lib/password';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  login,
  PASSWORD,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';

/**
 * Backup and restore of one enterprise: exported from one instance, imported into an empty
 * one (migrated, nothing seeded), its reports come out identical.
 */
let source: TestApp;
let target: TestApp;
let ent: Actor & { body: { user: { email: string } } };
let submittedId: string;
let draftId: string;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestApp(), createTestApp({}, { seed: false })]);
  ent = await registerEnterprise(source.app);
  const a = await startAssessment(source.app, ent);
  const reqs = await requirementsOf(source.app, ent, a.version.id, 'automotive');
  const choices = ['full', 'most', 'partial', 'none'] as const;
  const answers = reqs.map((r, i) => ({
    requirementId: r.id,
    choice: choices[(i * 7 + r.level) % 4],
    comment: `备注 ${i}`,
  }));
  const saved = await source.app.inject({
    method: 'PATCH',
    url: `/api/v1/assessments/${a.id}/answers`,
    headers: ent.headers,
    payload: { revision: 1, answers },
  });
  expect(saved.statusCode).toBe(200);
  const submitted = await source.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/${a.id}/submit`,
    headers: ent.headers,
    payload: { revision: 2 },
  });
  expect(submitted.statusCode).toBe(200);
  submittedId = a.id;
  const d = await startAssessment(source.app, ent, { title: '草稿' });
  draftId = d.id;
  await source.app.inject({
    method: 'PATCH',
    url: `/api/v1/assessments/${d.id}/answers`,
    headers: ent.headers,
    payload: { revision: 1, answers: answers.slice(0, 30) },
  });
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('enterprise export and import', () => {
  test('an empty instance reproduces the reports exactly', async () => {
    const admin = await login(source.app, 'admin@zhiping.local', 'Demo@2026!');
    const orgId = ent.session.organization!.id;
    const exported = await source.app.inject({
      method: 'GET',
      url: `/api/v1/admin/organizations/${orgId}/export`,
      headers: admin.headers,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    const data = exported.json<{ format: string; assessments: unknown[]; versions: unknown[] }>();
    expect(data.format).toBe('zhiping.enterprise-export/1');
    expect(data.assessments).toHaveLength(2);

    // The target has no data at all: one admin account is created by hand to run the import.
    await target.db.database.db.insert(users).values({
      email: 'root@target.local',
      passwordHash: await hashPassword('Target-admin-1'),
      displayName: 'root',
      role: 'admin',
    });
    const targetAdmin = await login(target.app, 'root@target.local', 'Target-admin-1');
    const imported = await target.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organizations/import',
      headers: { ...targetAdmin.headers, 'content-type': 'application/json' },
      payload: exported.body,
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ organizationId: orgId, assessments: 2, users: 1 });

    // The enterprise's user signs in on the target with the same password.
    const there = await login(target.app, ent.body.user.email, PASSWORD);
    for (const id of [submittedId, draftId]) {
      const before = await source.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/${id}/report`,
        headers: ent.headers,
      });
      const after = await target.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/${id}/report`,
        headers: there.headers,
      });
      expect(after.statusCode).toBe(200);
      const b = before.json<{ self: unknown; assessment: unknown; recommendations: unknown }>();
      const a = after.json<{ self: unknown; assessment: unknown; recommendations: unknown }>();
      expect(a.self).toEqual(b.self);
      expect(a.assessment).toEqual(b.assessment);
    }
    const answersBefore = await source.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${draftId}/answers`,
      headers: ent.headers,
    });
    const answersAfter = await target.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${draftId}/answers`,
      headers: there.headers,
    });
    expect(answersAfter.json()).toEqual(answersBefore.json());

    // A second import of the same enterprise is refused, and nothing changes.
    const again = await target.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organizations/import',
      headers: { ...targetAdmin.headers, 'content-type': 'application/json' },
      payload: exported.body,
    });
    expect(again.statusCode).toBe(409);
  });

  test('a malformed export is refused with 400 naming the field', async () => {
    const admin = await login(source.app, 'admin@zhiping.local', 'Demo@2026!');
    const res = await source.app.inject({
      method: 'POST',
      url: '/api/v1/admin/organizations/import',
      headers: admin.headers,
      payload: { format: 'zhiping.enterprise-export/1', organization: {} },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
      'body.organization.id',
    );
  });

  test('only admins export or import', async () => {
    const orgId = ent.session.organization!.id;
    const res = await source.app.inject({
      method: 'GET',
      url: `/api/v1/admin/organizations/${orgId}/export`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(403);
  });
});
