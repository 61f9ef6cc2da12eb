import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';

let t: TestApp;
let ent: Actor;
let other: Actor;
beforeAll(async () => {
  t = await createTestApp();
  ent = await registerEnterprise(t.app);
  other = await registerEnterprise(t.app);
});
afterAll(() => t.close());

const save = (actor: Actor, id: string, payload: object) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/v1/assessments/${id}/answers`,
    headers: actor.headers,
    payload,
  });

describe('starting an assessment', () => {
  test('pins the published version and starts as a draft at revision 1', async () => {
    const a = await startAssessment(t.app, ent);
    expect(a).toMatchObject({
      status: 'draft',
      revision: 1,
      profileId: 'automotive',
      targetLevel: 3,
    });
    expect(a.version).toMatchObject({ systemCode: 'cmmm-2020' });
  });

  test.each([
    ['an unknown profile', { profileId: 'nope' }, 'body.profileId'],
    ['a target level of 6', { targetLevel: 6 }, 'body.targetLevel'],
    [
      'tailoring a sub-domain that may not be tailored',
      { tailoring: [{ subdomainId: 'data', reason: '不适用' }] },
      'body.tailoring',
    ],
    [
      'tailoring without a reason',
      { tailoring: [{ subdomainId: 'product-service', reason: '' }] },
      'body.tailoring.0.reason',
    ],
  ])('refuses %s with 400 naming the field', async (_n, body, field) => {
    await expect(startAssessment(t.app, ent, body)).rejects.toThrow(
      new RegExp(`400.*${field.replace(/\./g, '\\.')}`),
    );
  });
});

describe('answers and autosave', () => {
  test('a batch saves, bumps the revision and reports progress', async () => {
    const a = await startAssessment(t.app, ent);
    const reqs = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    const res = await save(ent, a.id, {
      revision: 1,
      answers: [
        { requirementId: reqs[0]!.id, choice: 'full', comment: '已建立制度' },
        {
          requirementId: reqs[1]!.id,
          choice: 'partial',
          evidence: { notes: '见附件', links: ['https://example.com/doc'] },
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      revision: number;
      progress: { answered: number; applicable: number };
    }>();
    expect(body.revision).toBe(2);
    expect(body.progress.answered).toBe(2);
    expect(body.progress.applicable).toBe(reqs.length);
    // A later partial update keeps the comment and changes only what it names.
    const again = await save(ent, a.id, {
      revision: 2,
      answers: [{ requirementId: reqs[0]!.id, choice: 'most' }],
    });
    expect(again.statusCode).toBe(200);
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}/answers`,
      headers: ent.headers,
    });
    const first = all
      .json<{ answers: { requirementId: string; choice: string; comment: string }[] }>()
      .answers.find((x) => x.requirementId === reqs[0]!.id);
    expect(first).toMatchObject({ choice: 'most', comment: '已建立制度' });
  });

  test('a stale revision gets 409 with the current state, and nothing is overwritten', async () => {
    const a = await startAssessment(t.app, ent);
    const [r] = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    const first = await save(ent, a.id, {
      revision: 1,
      answers: [{ requirementId: r!.id, choice: 'full' }],
    });
    expect(first.statusCode).toBe(200);
    const stale = await save(ent, a.id, {
      revision: 1,
      answers: [{ requirementId: r!.id, choice: 'none' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'revision_conflict',
      currentRevision: 2,
      current: [{ requirementId: r!.id, choice: 'full' }],
    });
  });

  test('two clients saving concurrently: no answer lost, the loser gets 409', async () => {
    const a = await startAssessment(t.app, ent);
    const reqs = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    const [x, y] = await Promise.all([
      save(ent, a.id, { revision: 1, answers: [{ requirementId: reqs[0]!.id, choice: 'full' }] }),
      save(ent, a.id, { revision: 1, answers: [{ requirementId: reqs[1]!.id, choice: 'none' }] }),
    ]);
    const codes = [x.statusCode, y.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser =
      x.statusCode === 409
        ? { res: x, id: reqs[0]!.id, choice: 'full' }
        : { res: y, id: reqs[1]!.id, choice: 'none' };
    const current = loser.res.json<{ currentRevision: number }>().currentRevision;
    const retry = await save(ent, a.id, {
      revision: current,
      answers: [{ requirementId: loser.id, choice: loser.choice }],
    });
    expect(retry.statusCode).toBe(200);
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}/answers`,
      headers: ent.headers,
    });
    const choices = Object.fromEntries(
      all
        .json<{ answers: { requirementId: string; choice: string }[] }>()
        .answers.map((v) => [v.requirementId, v.choice]),
    );
    expect(choices).toEqual({ [reqs[0]!.id]: 'full', [reqs[1]!.id]: 'none' });
  });

  test.each([
    [
      'an unknown requirement',
      { requirementId: 'nope.L1.01', choice: 'full' },
      'body.answers.0.requirementId',
    ],
    [
      'an unknown choice',
      { requirementId: 'strategy.L1.01', choice: 'maybe' },
      'body.answers.0.choice',
    ],
    [
      'N/A where it is not allowed',
      { requirementId: 'strategy.L1.01', choice: 'na' },
      'body.answers.0.choice',
    ],
    [
      'a javascript: link',
      { requirementId: 'strategy.L1.01', evidence: { links: ['javascript:alert(1)'] } },
      'body.answers.0.evidence.links.0',
    ],
  ])('refuses %s with 400 naming the field, saving nothing', async (_n, answer, field) => {
    const a = await startAssessment(t.app, ent);
    const res = await save(ent, a.id, { revision: 1, answers: [answer] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}/answers`,
      headers: ent.headers,
    });
    expect(after.json()).toMatchObject({ revision: 1, answers: [] });
  });
});

describe('submit', () => {
  test('an incomplete assessment is refused with the unanswered requirements', async () => {
    const a = await startAssessment(t.app, ent);
    const reqs = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/submit`,
      headers: ent.headers,
      payload: { revision: 1 },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<{ code: string; unanswered: string[] }>();
    expect(body.code).toBe('assessment_incomplete');
    expect(body.unanswered).toHaveLength(reqs.length);
  });

  test('a complete assessment submits, stores its result and locks the answers', async () => {
    const a = await startAssessment(t.app, ent);
    const reqs = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    // Levels 1 and 2 fully met, the rest not: maturity level 2, score 2 + S_2(=1)... = 2 + 0 → (n−1)+S_n+S_(n+1) = 1 + 1 + 0 = 2.
    const answers = reqs.map((r) => ({
      requirementId: r.id,
      choice: r.level <= 2 ? 'full' : 'none',
    }));
    const saved = await save(ent, a.id, { revision: 1, answers });
    expect(saved.statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/submit`,
      headers: ent.headers,
      payload: { revision: 2 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      result: { maturityLevel: 2, score: 2, kind: 'self' },
    });
    const locked = await save(ent, a.id, {
      revision: 3,
      answers: [{ requirementId: reqs[0]!.id, choice: 'none' }],
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'assessment_locked', state: 'submitted' });
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/submit`,
      headers: ent.headers,
      payload: { revision: 3 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_transition', state: 'submitted' });
  });
});

describe('tenancy', () => {
  test("another enterprise's assessment is 404 for reading and writing, and absent from lists", async () => {
    const a = await startAssessment(t.app, ent);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}`,
      headers: other.headers,
    });
    expect(read.statusCode).toBe(404);
    const write = await save(other, a.id, {
      revision: 1,
      answers: [{ requirementId: 'strategy.L1.01', choice: 'full' }],
    });
    expect(write.statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessments',
      headers: other.headers,
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(a.id);
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessments',
      headers: ent.headers,
    });
    expect(own.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(a.id);
  });
});
