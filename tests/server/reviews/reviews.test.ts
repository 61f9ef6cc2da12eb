import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReviewView } from '@zhiping/shared';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import { auditEvents, reportSnapshots, users } from '@zhiping/server/db/schema';
import { hashPassword } from '@zhiping/server/lib/password';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  login,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
  type QuestionnaireRequirement,
} from '../../support/fixtures.ts';

let t: TestApp;
let ent: Awaited<ReturnType<typeof registerEnterprise>>;
let other: Actor;
let assessorA: Actor;
let assessorB: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createTestApp();
  ent = await registerEnterprise(t.app);
  other = await registerEnterprise(t.app);
  assessorA = await login(t.app, 'assessor@zhiping.local', DEMO_PASSWORD);
  admin = await login(t.app, 'admin@zhiping.local', DEMO_PASSWORD);
  await t.db.database.db.insert(users).values({
    email: 'assessor-b@example.com',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    displayName: '第二评估师',
    role: 'assessor',
  });
  assessorB = await login(t.app, 'assessor-b@example.com', DEMO_PASSWORD);
});
afterAll(() => t.close());

/** Subjects and texts of the mails in the outbox addressed to `email` (no SMTP_URL in tests). */
async function mailsTo(email: string) {
  const files = readdirSync(t.config.outboxDir, { withFileTypes: true }).filter((f) => f.isFile());
  const mails = await Promise.all(
    files.map((f) => simpleParser(readFileSync(join(t.config.outboxDir, f.name)))),
  );
  return mails
    .filter((m) => m.to && 'text' in m.to && m.to.text === email)
    .map((m) => ({ subject: m.subject ?? '', text: m.text ?? '' }));
}

const call = (
  actor: Actor,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: actor.headers,
    payload: payload as object,
  });

/**
 * Level 1 fully met, level 2 "mostly" (0.8: exactly the threshold), the rest not: the
 * self-assessed result is level 2 with score 1.8.
 */
async function submitted(actor: Actor) {
  const a = await startAssessment(t.app, actor);
  const reqs = await requirementsOf(t.app, actor, a.version.id, 'automotive');
  const choice = (r: QuestionnaireRequirement) =>
    r.level === 1 ? 'full' : r.level === 2 ? 'most' : 'none';
  const saved = await call(actor, 'PATCH', `/assessments/${a.id}/answers`, {
    revision: 1,
    answers: reqs.map((r) => ({ requirementId: r.id, choice: choice(r) })),
  });
  expect(saved.statusCode).toBe(200);
  const sub = await call(actor, 'POST', `/assessments/${a.id}/submit`, { revision: 2 });
  expect(sub.statusCode).toBe(200);
  expect(sub.json()).toMatchObject({ result: { maturityLevel: 2, score: 1.8, kind: 'self' } });
  return { id: a.id, reqs };
}

const fields = (res: { json: () => unknown }) =>
  (res.json() as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];

describe('the review of one assessment, end to end', () => {
  let id: string;
  let reqs: QuestionnaireRequirement[];
  let winner: Actor;
  let loser: Actor;
  let revision: number;
  let findingId: string;
  const adjusted: string[] = [];
  let findingReq: string;
  let untouched: string;

  test('a submitted assessment is open to claim in the queue, with its self result', async () => {
    ({ id, reqs } = await submitted(ent));
    const l2 = reqs.filter((r) => r.level === 2);
    adjusted.push(l2[0]!.id, l2[1]!.id);
    findingReq = reqs.find((r) => r.level === 3)!.id;
    untouched = reqs.find((r) => r.level === 4)!.id;

    const queue = await call(
      assessorA,
      'GET',
      '/reviews/queue?scope=claimable&industry=automotive',
    );
    expect(queue.statusCode).toBe(200);
    const item = queue.json<{ items: { id: string }[] }>().items.find((i) => i.id === id);
    expect(item).toMatchObject({
      status: 'submitted',
      assessorId: null,
      organization: { name: ent.body.organization.name, industry: 'automotive', size: 'medium' },
      version: { systemCode: 'cmmm-2020' },
      selfResult: { maturityLevel: 2, score: 1.8 },
    });
    const steel = await call(assessorA, 'GET', '/reviews/queue?scope=claimable&industry=steel');
    expect(steel.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(id);
    const assigned = await call(assessorA, 'GET', '/reviews/queue?scope=assigned');
    expect(assigned.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(id);
    expect((await call(ent, 'GET', '/reviews/queue')).statusCode).toBe(403);
    const draft = await call(assessorA, 'GET', '/reviews/queue?status=draft');
    expect(fields(draft)).toContain('querystring.status');
  });

  test('two assessors claim at once: exactly one wins, the other gets 404 (no state revealed)', async () => {
    const [a, b] = await Promise.all([
      call(assessorA, 'POST', `/assessments/${id}/claim`),
      call(assessorB, 'POST', `/assessments/${id}/claim`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 404]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    [winner, loser] = a.statusCode === 200 ? [assessorA, assessorB] : [assessorB, assessorA];
    // The same answer as for an id that does not exist: nothing about its state or assessor.
    const random = await call(loser, 'POST', `/assessments/${randomUUID()}/claim`);
    const body = (r: typeof lost) => ({ ...r.json<object>(), instance: undefined });
    expect(body(lost)).toEqual(body(random));
    expect(lost.body).not.toContain('in_review');
    const view = won.json<ReviewView>();
    expect(view).toMatchObject({ status: 'in_review', assessorId: winner.session.user.id });
    revision = view.revision;

    const mine = await call(winner, 'GET', '/reviews/queue?scope=assigned');
    expect(mine.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(id);
    const open = await call(loser, 'GET', '/reviews/queue?scope=claimable');
    expect(open.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(id);
    expect((await call(loser, 'GET', `/assessments/${id}/review`)).statusCode).toBe(404);
  });

  test('an adjustment without a comment is refused naming the field', async () => {
    const res = await call(winner, 'PUT', `/assessments/${id}/review-items`, {
      revision,
      items: [
        { requirementId: adjusted[0], decision: 'confirm' },
        { requirementId: adjusted[1], decision: 'adjust', adjustedChoice: 'partial', comment: ' ' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['body.items.1.comment']);
    const unknown = await call(winner, 'PUT', `/assessments/${id}/review-items`, {
      revision,
      items: [{ requirementId: 'nope.L1.01', decision: 'confirm' }],
    });
    expect(fields(unknown)).toEqual(['body.items.0.requirementId']);
    const same = await call(winner, 'PUT', `/assessments/${id}/review-items`, {
      revision,
      items: [
        { requirementId: adjusted[0], decision: 'adjust', adjustedChoice: 'most', comment: '同' },
      ],
    });
    expect(fields(same)).toEqual(['body.items.0.adjustedChoice']);
  });

  test('two adjusted scores change the live assessed report; the enterprise does not see it yet', async () => {
    const res = await call(winner, 'PUT', `/assessments/${id}/review-items`, {
      revision,
      items: [
        ...adjusted.map((requirementId) => ({
          requirementId,
          decision: 'adjust',
          adjustedChoice: 'partial',
          comment: '现场未见制度落实记录',
        })),
        { requirementId: reqs[0]!.id, decision: 'confirm' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const view = res.json<ReviewView>();
    expect(view.revision).toBe(revision + 1);
    revision = view.revision;
    // Two level-2 requirements at 0.5 instead of 0.8 pull level 2 below the threshold.
    expect(view.assessedReport).toMatchObject({ maturityLevel: 1, score: 1.788 });
    expect(view.items).toHaveLength(3);
    expect(view.items.find((i) => i.requirementId === adjusted[0])).toMatchObject({
      decision: 'adjust',
      selfChoice: 'most',
      adjustedChoice: 'partial',
      reviewerId: winner.session.user.id,
    });
    const stale = await call(winner, 'PUT', `/assessments/${id}/review-items`, {
      revision: revision - 1,
      items: [{ requirementId: reqs[0]!.id, decision: 'confirm' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'revision_conflict', currentRevision: revision });

    const seen = (await call(ent, 'GET', `/assessments/${id}/review`)).json<ReviewView>();
    expect(seen).toMatchObject({ complete: false, items: [], assessedReport: null });
    // The adjustments stay with the assessor while the review goes on.
    const hidden = await call(ent, 'GET', `/assessments/${id}/adjustments`);
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toEqual({ items: [] });
    const assessorSees = await call(winner, 'GET', `/assessments/${id}/adjustments`);
    expect(assessorSees.json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  test('a finding is raised and the assessment returned; the enterprise then sees the finding', async () => {
    const empty = await call(winner, 'POST', `/assessments/${id}/return`, { revision });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'no_open_findings' });

    const raised = await call(winner, 'POST', `/assessments/${id}/findings`, {
      requirementId: findingReq,
      text: '请补充 MES 排产记录',
    });
    expect(raised.statusCode).toBe(201);
    const body = raised.json<{ finding: { id: string; status: string }; revision: number }>();
    expect(body.finding.status).toBe('open');
    findingId = body.finding.id;
    revision = body.revision;
    const before = (await call(ent, 'GET', `/assessments/${id}/review`)).json<ReviewView>();
    expect(before.findings).toEqual([]);

    const returned = await call(winner, 'POST', `/assessments/${id}/return`, { revision });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned' });
    // The mail goes out after the answer.
    await expect
      .poll(() => mailsTo(ent.body.user.email))
      .toContainEqual({
        subject: expect.stringContaining('已退回整改'),
        text: expect.stringContaining(`/assessments/${id}/rectification`),
      });
    const seen = (await call(ent, 'GET', `/assessments/${id}/review`)).json<ReviewView>();
    expect(seen).toMatchObject({
      status: 'returned',
      complete: false,
      items: [],
      assessedReport: null,
    });
    expect(seen.findings).toEqual([
      expect.objectContaining({ id: findingId, requirementId: findingReq, status: 'open' }),
    ]);
    const list = await call(ent, 'GET', `/assessments/${id}/findings?status=open`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: findingId }] });
    // Handed back for 弱项整改: the enterprise sees each adjustment and the assessor's reason.
    const adjustments = await call(ent, 'GET', `/assessments/${id}/adjustments`);
    expect(adjustments.statusCode).toBe(200);
    expect(adjustments.json()).toEqual({
      items: [...adjusted].sort().map((requirementId) => ({
        requirementId,
        selfChoice: 'most',
        adjustedChoice: 'partial',
        comment: '现场未见制度落实记录',
        updatedAt: expect.any(String),
      })),
    });
    const foreign = await call(other, 'GET', `/assessments/${id}/adjustments`);
    expect(foreign.statusCode).toBe(404);
    revision = seen.revision;
  });

  test('弱项整改: only the finding’s requirement may change; responding and resubmitting', async () => {
    const other_ = await call(ent, 'PATCH', `/assessments/${id}/answers`, {
      revision,
      answers: [{ requirementId: untouched, choice: 'full' }],
    });
    expect(other_.statusCode).toBe(409);
    expect(other_.json()).toMatchObject({
      code: 'answer_not_reopened',
      requirementIds: [untouched],
    });
    const fixed = await call(ent, 'PATCH', `/assessments/${id}/answers`, {
      revision,
      answers: [{ requirementId: findingReq, choice: 'partial', comment: '已上线 MES 排产' }],
    });
    expect(fixed.statusCode).toBe(200);
    revision = fixed.json<{ revision: number }>().revision;

    const early = await call(ent, 'POST', `/assessments/${id}/resubmit`, { revision });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'findings_unanswered', findingIds: [findingId] });

    const responded = await call(ent, 'POST', `/findings/${findingId}/response`, {
      response: '已补充 2026 年 3 月排产记录',
    });
    expect(responded.statusCode).toBe(200);
    expect(responded.json()).toMatchObject({ finding: { status: 'open' } });
    revision = responded.json<{ revision: number }>().revision;

    const resubmitted = await call(ent, 'POST', `/assessments/${id}/resubmit`, { revision });
    expect(resubmitted.statusCode).toBe(200);
    const view = resubmitted.json<ReviewView>();
    expect(view.status).toBe('in_review');
    // Handed over and responded to: the enterprise keeps seeing it while the review goes on.
    expect(view.findings).toEqual([
      expect.objectContaining({
        id: findingId,
        status: 'answered',
        response: '已补充 2026 年 3 月排产记录',
      }),
    ]);
    revision = view.revision;
  });

  test('the assessor verifies the finding and signs off; the assessed snapshot keeps the adjusted result', async () => {
    const unverified = await call(winner, 'POST', `/assessments/${id}/sign-off`, {
      revision,
      judgment: 'adjusted',
      opinion: '企业二级要求部分落实不足，评估为一级。',
    });
    expect(unverified.statusCode).toBe(422);
    expect(unverified.json()).toMatchObject({
      code: 'findings_unresolved',
      findingIds: [findingId],
    });

    const verified = await call(winner, 'POST', `/findings/${findingId}/verify`);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ finding: { status: 'verified' } });
    revision = verified.json<{ revision: number }>().revision;

    const wrong = await call(winner, 'POST', `/assessments/${id}/sign-off`, {
      revision,
      judgment: 'confirmed',
      opinion: '企业二级要求部分落实不足，评估为一级。',
    });
    expect(fields(wrong)).toEqual(['body.judgment']);
    const short = await call(winner, 'POST', `/assessments/${id}/sign-off`, {
      revision,
      judgment: 'adjusted',
      opinion: '太短',
    });
    expect(fields(short)).toEqual(['body.opinion']);

    const signed = await call(winner, 'POST', `/assessments/${id}/sign-off`, {
      revision,
      judgment: 'adjusted',
      opinion: '企业二级要求部分落实不足，评估为一级。',
    });
    expect(signed.statusCode).toBe(200);
    const view = signed.json<ReviewView>();
    expect(view).toMatchObject({
      status: 'signed_off',
      judgment: 'adjusted',
      selfResult: { maturityLevel: 2, score: 1.8 },
      assessedReport: { maturityLevel: 1, score: 1.788 },
    });
    expect(view.signedOffAt).not.toBeNull();
    await expect
      .poll(() => mailsTo(ent.body.user.email))
      .toContainEqual({
        subject: expect.stringContaining('已签发'),
        text: expect.stringContaining(`/assessments/${id}/report`),
      });
    revision = view.revision;

    const snapshots = (await t.db.database.db.select().from(reportSnapshots)).filter(
      (s) => s.assessmentId === id,
    );
    expect(snapshots.map((s) => [s.kind, s.maturityLevel, s.score]).sort()).toEqual([
      ['assessed', 1, 1.788],
      ['self', 2, 1.8],
    ]);
    const assessment = await call(ent, 'GET', `/assessments/${id}`);
    expect(assessment.json()).toMatchObject({
      status: 'signed_off',
      judgment: 'adjusted',
      result: { kind: 'assessed', maturityLevel: 1, score: 1.788 },
    });
    const seen = (await call(ent, 'GET', `/assessments/${id}/review`)).json<ReviewView>();
    expect(seen).toMatchObject({ complete: true, assessedReport: { maturityLevel: 1 } });
    expect(seen.items).toHaveLength(3);
  });

  test('after sign-off nothing about the assessment changes', async () => {
    const writes = [
      call(ent, 'PATCH', `/assessments/${id}/answers`, {
        revision,
        answers: [{ requirementId: findingReq, choice: 'full' }],
      }),
      call(winner, 'PUT', `/assessments/${id}/review-items`, {
        revision,
        items: [{ requirementId: reqs[0]!.id, decision: 'confirm' }],
      }),
      call(winner, 'POST', `/assessments/${id}/sign-off`, {
        revision,
        judgment: 'adjusted',
        opinion: '再次签发的意见内容不应被接受。',
      }),
      call(winner, 'POST', `/assessments/${id}/findings`, { text: '迟到的发现' }),
      call(winner, 'POST', `/assessments/${id}/return`, { revision }),
      call(winner, 'POST', `/findings/${findingId}/reopen`),
      call(ent, 'POST', `/assessments/${id}/resubmit`, { revision }),
      call(winner, 'POST', `/assessments/${id}/claim`),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ state: 'signed_off' });
    }
    // Another assessor learns nothing of its state: the 404 of a random id.
    expect((await call(loser, 'POST', `/assessments/${id}/claim`)).statusCode).toBe(404);
    // The database refuses too, whatever the code path.
    const { reviewItems } = await import('@zhiping/server/db/schema');
    await expect(
      t.db.database.db.insert(reviewItems).values({
        assessmentId: id,
        requirementId: reqs[1]!.id,
        decision: 'confirm',
        reviewerId: winner.session.user.id,
      }),
    ).rejects.toThrow();
  });

  test('another enterprise and another assessor get 404 for everything', async () => {
    for (const actor of [other, loser]) {
      expect((await call(actor, 'GET', `/assessments/${id}/review`)).statusCode).toBe(404);
      expect((await call(actor, 'GET', `/assessments/${id}/findings`)).statusCode).toBe(404);
    }
    expect(
      (await call(other, 'POST', `/findings/${findingId}/response`, { response: '越权' }))
        .statusCode,
    ).toBe(404);
    expect((await call(loser, 'POST', `/findings/${findingId}/verify`)).statusCode).toBe(404);
  });

  test('every transition is audited with before and after', async () => {
    const events = (await t.db.database.db.select().from(auditEvents)).filter(
      (e) => e.entityId === id || e.entityId === findingId,
    );
    const byAction = new Map(events.map((e) => [e.action, e]));
    for (const action of [
      'assessment.claimed',
      'review.items_saved',
      'finding.raised',
      'assessment.returned',
      'finding.responded',
      'assessment.resubmitted',
      'finding.verified',
      'assessment.signed_off',
    ]) {
      expect(byAction.has(action), action).toBe(true);
    }
    expect(byAction.get('assessment.signed_off')).toMatchObject({
      actorId: winner.session.user.id,
      before: { status: 'in_review' },
      after: { status: 'signed_off', judgment: 'adjusted', maturityLevel: 1 },
    });
    expect(byAction.get('assessment.returned')).toMatchObject({
      before: { status: 'in_review' },
      after: { status: 'returned', openFindings: [findingId] },
    });
  });
});

describe('assignment and re-opened findings', () => {
  test('an admin assigns only to an assessor; the assignee reviews, others cannot', async () => {
    const { id } = await submitted(ent);
    const notAssessor = await call(admin, 'POST', `/assessments/${id}/assign`, {
      assessorId: ent.session.user.id,
    });
    expect(fields(notAssessor)).toEqual(['body.assessorId']);
    expect(
      (
        await call(assessorA, 'POST', `/assessments/${id}/assign`, {
          assessorId: assessorA.session.user.id,
        })
      ).statusCode,
    ).toBe(403);
    const assigned = await call(admin, 'POST', `/assessments/${id}/assign`, {
      assessorId: assessorB.session.user.id,
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'in_review',
      assessorId: assessorB.session.user.id,
    });
    expect((await call(assessorA, 'GET', `/assessments/${id}/review`)).statusCode).toBe(404);
    // Another assessor's assessment: the 404 of a random id, not 409 with its state (issue #13).
    expect((await call(assessorA, 'POST', `/assessments/${id}/claim`)).statusCode).toBe(404);
    // The assigned assessor sees it: a claim of their own answers 409 with the state.
    expect((await call(assessorB, 'POST', `/assessments/${id}/claim`)).json()).toMatchObject({
      code: 'invalid_transition',
      state: 'in_review',
    });
    // The admin reads everything but does not review.
    expect((await call(admin, 'GET', `/assessments/${id}/review`)).statusCode).toBe(200);
    expect(
      (await call(admin, 'POST', `/assessments/${id}/findings`, { text: '管理员不评估' }))
        .statusCode,
    ).toBe(403);
  });

  test('a re-opened finding goes back to the enterprise with its response cleared', async () => {
    const { id, reqs } = await submitted(ent);
    let view = (await call(assessorA, 'POST', `/assessments/${id}/claim`)).json<ReviewView>();
    const raised = await call(assessorA, 'POST', `/assessments/${id}/findings`, {
      requirementId: reqs[0]!.id,
      text: '证据不足',
    });
    const findingId = raised.json<{ finding: { id: string } }>().finding.id;
    view = (
      await call(assessorA, 'POST', `/assessments/${id}/return`, {
        revision: raised.json<{ revision: number }>().revision,
      })
    ).json<ReviewView>();
    const responded = await call(ent, 'POST', `/findings/${findingId}/response`, {
      response: '见附件',
    });
    view = (
      await call(ent, 'POST', `/assessments/${id}/resubmit`, {
        revision: responded.json<{ revision: number }>().revision,
      })
    ).json<ReviewView>();
    expect(view.findings[0]).toMatchObject({ status: 'answered' });

    expect((await call(assessorA, 'POST', `/findings/${findingId}/verify`)).statusCode).toBe(200);
    const again = await call(assessorA, 'POST', `/findings/${findingId}/reopen`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'invalid_transition',
      state: 'verified',
      entity: 'finding',
    });

    const second = await call(assessorA, 'POST', `/assessments/${id}/findings`, {
      requirementId: reqs[1]!.id,
      text: '第二项',
    });
    const secondId = second.json<{ finding: { id: string } }>().finding.id;
    const ret = await call(assessorA, 'POST', `/assessments/${id}/return`, {
      revision: second.json<{ revision: number }>().revision,
    });
    const r2 = await call(ent, 'POST', `/findings/${secondId}/response`, { response: '已整改' });
    await call(ent, 'POST', `/assessments/${id}/resubmit`, {
      revision: r2.json<{ revision: number }>().revision,
    });
    expect(ret.statusCode).toBe(200);
    const reopened = await call(assessorA, 'POST', `/findings/${secondId}/reopen`);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ finding: { status: 'open', response: null } });
    // Not handed over again yet: the enterprise does not see it until the next return.
    const seen = (await call(ent, 'GET', `/assessments/${id}/review`)).json<ReviewView>();
    expect(seen.findings.map((f) => f.id)).toEqual([findingId]);
    const blocked = await call(assessorA, 'POST', `/assessments/${id}/sign-off`, {
      revision: reopened.json<{ revision: number }>().revision,
      judgment: 'confirmed',
      opinion: '一切符合要求，确认自评估等级。',
    });
    expect(blocked.json()).toMatchObject({ code: 'findings_unresolved', findingIds: [secondId] });
  });
});
