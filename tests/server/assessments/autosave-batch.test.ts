import { preparedQuery } from '@zhiping/server/db/client';
import { fastSaveMany } from '@zhiping/server/modules/assessments/fast-save';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';

/**
 * Concurrent autosaves of different drafts share one statement and one commit. Each save in
 * such a batch must behave exactly as it would alone: claimed, merged and audited, or, when
 * its claim fails, leave no trace while the others go through.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Draft {
  actor: Actor;
  id: string;
  revision: number;
  reqs: string[];
  org: string;
  user: string;
}

async function draft(): Promise<Draft> {
  const actor = await registerEnterprise(t.app);
  const a = await startAssessment(t.app, actor);
  const reqs = (await requirementsOf(t.app, actor, a.version.id, 'automotive')).map((r) => r.id);
  const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: actor.headers });
  const user = me.json<{ user: { id: string; organizationId: string } }>().user;
  return { actor, id: a.id, revision: a.revision, reqs, org: user.organizationId, user: user.id };
}

const auditCount = async (id: string) =>
  Number(
    (
      await preparedQuery<{ n: string }>(
        t.db.database.db,
        'test_audit_count',
        `SELECT count(*) AS n FROM audit_events WHERE action = 'answers.saved' AND entity_id = $1`,
        [id],
      )
    )[0]!.n,
  );

const answersOf = async (d: Draft) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${d.id}/answers`,
      headers: d.actor.headers,
    })
  ).json<{
    revision: number;
    answers: { requirementId: string; choice: string | null; comment: string }[];
  }>();

const args = (d: Draft, revision: number, answers: object[], knownRevision: number | null) => ({
  assessmentId: d.id,
  organizationId: d.org,
  userId: d.user,
  userRole: 'respondent',
  revision,
  answers: answers as never,
  ip: '127.0.0.1',
  requestId: 'batch-test',
  knownRevision,
});

describe('several autosaves in one statement', () => {
  test('each save is claimed, merged and audited on its own; failed claims leave no trace', async () => {
    const [a, b, stale, foreign] = await Promise.all([draft(), draft(), draft(), draft()]);
    const results = await fastSaveMany(t.db.database.db, [
      args(a, a.revision, [{ requirementId: a.reqs[0]!, choice: 'full' }], null),
      args(
        b,
        b.revision,
        [
          { requirementId: b.reqs[0]!, choice: 'most', comment: '已部署' },
          { requirementId: b.reqs[1]!, choice: 'na' },
        ],
        b.revision,
      ),
      args(stale, stale.revision + 5, [{ requirementId: stale.reqs[0]!, choice: 'full' }], null),
      {
        ...args(
          foreign,
          foreign.revision,
          [{ requirementId: foreign.reqs[0]!, choice: 'full' }],
          null,
        ),
        organizationId: a.org,
      },
    ]);
    expect(results.map((r) => r?.revision)).toEqual([
      a.revision + 1,
      b.revision + 1,
      undefined,
      undefined,
    ]);
    // The caller that knew the completion gets only its batch's previous choices.
    expect(results[0]!.before).toEqual([]);
    expect(results[1]!.before).toBeNull();
    expect(results[1]!.saved.map((s) => [s.requirement_id, s.choice, s.comment]).sort()).toEqual(
      [
        [b.reqs[0], 'most', '已部署'],
        [b.reqs[1], 'na', ''],
      ].sort(),
    );

    expect((await answersOf(a)).answers.map((x) => [x.requirementId, x.choice])).toEqual([
      [a.reqs[0], 'full'],
    ]);
    expect((await answersOf(stale)).answers).toEqual([]);
    expect((await answersOf(stale)).revision).toBe(stale.revision);
    expect((await answersOf(foreign)).answers).toEqual([]);
    expect(await Promise.all([a, b, stale, foreign].map((d) => auditCount(d.id)))).toEqual([
      1, 1, 0, 0,
    ]);

    // A second batch merges into what the first wrote: a comment alone keeps the choice.
    const again = await fastSaveMany(t.db.database.db, [
      args(a, a.revision + 1, [{ requirementId: a.reqs[0]!, comment: '补充说明' }], a.revision + 1),
      args(b, b.revision + 1, [{ requirementId: b.reqs[0]!, choice: null }], b.revision + 1),
    ]);
    expect(again[0]!.batchBefore).toEqual([[a.reqs[0], 'full']]);
    const afterA = (await answersOf(a)).answers[0]!;
    expect([afterA.choice, afterA.comment]).toEqual(['full', '补充说明']);
    expect(
      (await answersOf(b)).answers.find((x) => x.requirementId === b.reqs[0])?.choice,
    ).toBeNull();
    expect(await auditCount(a.id)).toBe(2);
  });

  test('a burst of saves through the API: every one acknowledged, stored, audited and counted', async () => {
    const drafts = await Promise.all(Array.from({ length: 10 }, () => draft()));
    for (let round = 0; round < 3; round++) {
      const responses = await Promise.all(
        drafts.map((d, i) =>
          t.app.inject({
            method: 'PATCH',
            url: `/api/v1/assessments/${d.id}/answers`,
            headers: d.actor.headers,
            payload: {
              revision: d.revision,
              answers: [0, 1].map((k) => ({
                requirementId: d.reqs[round * 2 + k]!,
                choice: ['full', 'most', 'partial', 'none'][(i + k) % 4],
              })),
            },
          }),
        ),
      );
      for (const [i, res] of responses.entries()) {
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json<{ revision: number; progress: { answered: number } }>();
        expect(body.progress.answered).toBe((round + 1) * 2);
        drafts[i]!.revision = body.revision;
      }
    }
    for (const d of drafts) {
      const stored = await answersOf(d);
      expect(stored.revision).toBe(d.revision);
      expect(stored.answers).toHaveLength(6);
      expect(await auditCount(d.id)).toBe(3);
    }
  });
});
