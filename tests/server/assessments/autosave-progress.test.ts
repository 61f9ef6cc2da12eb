import { preparedQuery } from '@zhiping/server/db/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
  type QuestionnaireRequirement,
} from '../../support/fixtures.ts';

/**
 * The progress an autosave returns is counted incrementally when this process knows the
 * completion at the revision the save claims, and from every answer otherwise. Either way it
 * must equal the progress the assessment view counts from scratch.
 */
let t: TestApp;
let ent: Actor;
beforeAll(async () => {
  t = await createTestApp();
  ent = await registerEnterprise(t.app);
});
afterAll(() => t.close());

interface Progress {
  answered: number;
  applicable: number;
  total: number;
}

async function save(id: string, revision: number, answers: object[]) {
  const res = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/assessments/${id}/answers`,
    headers: ent.headers,
    payload: { revision, answers },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ revision: number; progress: Progress }>();
}

async function viewProgress(id: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/assessments/${id}`,
    headers: ent.headers,
  });
  return res.json<{ progress: Progress }>().progress;
}

/** mulberry32: a small deterministic generator, so a failure replays the same sequence. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((((x ^ (x >>> 14)) >>> 0) / 2 ** 32) * n) | 0;
  };
}

function randomBatch(next: (n: number) => number, reqs: QuestionnaireRequirement[]) {
  const size = 1 + next(6);
  const picked = new Set<string>();
  return Array.from({ length: size }, () => {
    let r = reqs[next(reqs.length)]!;
    while (picked.has(r.id)) r = reqs[next(reqs.length)]!;
    picked.add(r.id);
    const kind = next(8);
    // Comment-only edits keep the choice; null clears it; 'na' only where allowed.
    if (kind === 0) return { requirementId: r.id, comment: `备注 ${next(100)}` };
    if (kind === 1) return { requirementId: r.id, choice: null };
    if (kind === 2 && r.naAllowed) return { requirementId: r.id, choice: 'na' };
    return { requirementId: r.id, choice: ['full', 'most', 'partial', 'none'][next(4)] };
  });
}

describe('autosave progress', () => {
  test('equals the view’s count after every save of a random sequence, tailoring included', async () => {
    const a = await startAssessment(t.app, ent, {
      tailoring: [{ subdomainId: 'product-service', reason: '无产品服务业务' }],
    });
    const reqs = (await requirementsOf(t.app, ent, a.version.id, 'automotive')).filter(
      (r) => r.subdomainId !== 'product-service',
    );
    // A pool small enough that requirements are answered again and again, with every one
    // that allows 不适用.
    const pool = [...reqs.slice(0, 20), ...reqs.filter((r, i) => i >= 20 && r.naAllowed)];
    expect(pool.filter((r) => r.naAllowed).length).toBeGreaterThanOrEqual(2);
    const next = seeded(20_261_126);
    let revision = a.revision;
    for (let i = 0; i < 40; i++) {
      const saved = await save(a.id, revision, randomBatch(next, pool));
      revision = saved.revision;
      expect(saved.progress, `after save ${i + 1}`).toEqual(await viewProgress(a.id));
    }
    expect((await viewProgress(a.id)).answered).toBeGreaterThan(0);
  });

  test('stays right when another instance changed the answers in between', async () => {
    const a = await startAssessment(t.app, ent);
    const reqs = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    const first = await save(
      a.id,
      a.revision,
      reqs.slice(0, 5).map((r) => ({ requirementId: r.id, choice: 'full' })),
    );
    expect(first.progress.answered).toBe(5);
    // What another instance's save does: change answers and claim the next revision.
    await preparedQuery(
      t.db.database.db,
      'test_other_instance',
      `WITH bump AS (UPDATE assessments SET revision = revision + 1 WHERE id = $1::uuid)
       UPDATE answers SET choice = NULL WHERE assessment_id = $1::uuid AND requirement_id = ANY($2::text[])`,
      [a.id, reqs.slice(0, 3).map((r) => r.id)],
    );
    const second = await save(a.id, first.revision + 1, [
      { requirementId: reqs[10]!.id, choice: 'most' },
    ]);
    expect(second.progress).toEqual(await viewProgress(a.id));
    expect(second.progress.answered).toBe(3);
  });
});
