import type { Benchmark, ReportResponse } from '@zhiping/shared';
import { assessments, organizations, reportSnapshots } from '@zhiping/server/db/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  publishedVersion,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  uniqueCreditCode,
  type Actor,
} from '../../support/fixtures.ts';

let t: TestApp;
let ent: Actor;
let versionId: string;
let submitted: string;

/** Submits an assessment with levels 1–2 fully met and nothing above: level 2, score 2. */
async function submitLevelTwo(actor: Actor): Promise<string> {
  const a = await startAssessment(t.app, actor, { versionId, profileId: 'textile' });
  const reqs = await requirementsOf(t.app, actor, versionId, 'textile');
  const saved = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/assessments/${a.id}/answers`,
    headers: actor.headers,
    payload: {
      revision: 1,
      answers: reqs.map((r) => ({ requirementId: r.id, choice: r.level <= 2 ? 'full' : 'none' })),
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/${a.id}/submit`,
    headers: actor.headers,
    payload: { revision: 2 },
  });
  expect(res.statusCode, res.body).toBe(200);
  return a.id;
}

beforeAll(async () => {
  t = await createTestApp();
  ent = await registerEnterprise(t.app, { industry: 'textile', size: 'large' });
  versionId = (await publishedVersion(t.app, ent)).id;
  submitted = await submitLevelTwo(ent);
});
afterAll(() => t.close());

interface Peer {
  score: number;
  level: number;
  industry?: string;
  size?: string;
  kind?: 'self' | 'assessed';
  systemCode?: string;
  /** Days before now the snapshot was taken. */
  daysAgo?: number;
  organizationId?: string;
}

/** A peer enterprise with submitted self-assessments, written straight to the tables. */
async function addPeer(...snapshots: Peer[]): Promise<string> {
  const db = t.db.database.db;
  const first = snapshots[0]!;
  const organizationId =
    first.organizationId ??
    (
      await db
        .insert(organizations)
        .values({
          name: `同行企业${uniqueCreditCode()}`,
          creditCode: uniqueCreditCode(),
          industry: first.industry ?? 'textile',
          productionType: 'discrete',
          size: first.size ?? 'large',
          region: '浙江省绍兴市',
        })
        .returning({ id: organizations.id })
    )[0]!.id;
  for (const s of snapshots) {
    const [a] = await db
      .insert(assessments)
      .values({
        organizationId,
        versionId,
        title: '自评估',
        profileId: 'textile',
        targetLevel: 3,
        status: 'submitted',
        createdBy: ent.session.user.id,
        submittedAt: new Date(),
      })
      .returning({ id: assessments.id });
    await db.insert(reportSnapshots).values({
      assessmentId: a!.id,
      kind: s.kind ?? 'self',
      organizationId,
      industry: s.industry ?? 'textile',
      sizeBand: s.size ?? 'large',
      systemCode: s.systemCode ?? 'cmmm-2020',
      maturityLevel: s.level,
      score: s.score,
      report: {},
      createdAt: new Date(Date.now() - (s.daysAgo ?? 0) * 86_400_000),
    });
  }
  return organizationId;
}

async function benchmark(id = submitted): Promise<Benchmark> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/assessments/${id}/benchmark`,
    headers: ent.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Benchmark>();
}

describe('peer benchmark', () => {
  test('with no peers, or fewer than five, nothing but the count is shown', async () => {
    const none = await benchmark();
    expect(none).toMatchObject({
      systemCode: 'cmmm-2020',
      industry: 'textile',
      sizeBand: 'large',
      own: { score: 2, maturityLevel: 2, source: 'snapshot' },
      minimumPeers: 5,
      groups: {
        industry: { available: false, reason: 'too_few_peers', peers: 0 },
        industrySize: { available: false, reason: 'too_few_peers', peers: 0 },
      },
    });

    await addPeer({ score: 1.5, level: 1 });
    await addPeer({ score: 2, level: 2 });
    await addPeer({ score: 2.5, level: 2, size: 'medium' });
    await addPeer({ score: 0.9, level: 1, size: 'medium' });
    // Never peers: another industry, an assessed snapshot, another indicator system, and the
    // enterprise's own other assessment.
    await addPeer({ score: 0.1, level: 0, industry: 'steel' });
    await addPeer({ score: 0.1, level: 0, kind: 'assessed' });
    await addPeer({ score: 0.1, level: 0, systemCode: 'cmmm-draft-2024' });
    await addPeer({ score: 0.2, level: 0, organizationId: ent.session.user.organizationId! });

    const four = await benchmark();
    expect(four.groups.industry).toEqual({ available: false, reason: 'too_few_peers', peers: 4 });
    expect(four.groups.industrySize).toEqual({
      available: false,
      reason: 'too_few_peers',
      peers: 2,
    });
  });

  test('with five or more, the percentile is the share of peers scoring lower', async () => {
    // Latest snapshot only: this enterprise scored 3.5 a month ago and 1.2 now.
    await addPeer({ score: 3.5, level: 3, daysAgo: 30 }, { score: 1.2, level: 1 });
    await addPeer({ score: 3.1, level: 3, size: 'small' });

    // Industry peers: 1.5, 2, 2.5, 0.9, 1.2, 3.1. Lower than 2: 1.5, 0.9, 1.2 → 3 of 6.
    const six = await benchmark();
    expect(six.groups.industry).toEqual({
      available: true,
      peers: 6,
      lower: 3,
      percentile: 0.5,
      levelShares: { le1: 3 / 6, l2: 2 / 6, l3: 1 / 6, ge4: 0 },
    });
    // Large ones only: 1.5, 2, 1.2 — still too few.
    expect(six.groups.industrySize).toEqual({
      available: false,
      reason: 'too_few_peers',
      peers: 3,
    });

    await addPeer({ score: 1.9, level: 1 });
    await addPeer({ score: 4, level: 4 });
    // Large: 1.5, 2, 1.2, 1.9, 4 → lower 1.5, 1.2, 1.9 = 3 of 5. Industry: 4 of 8.
    const eight = await benchmark();
    expect(eight.groups.industrySize).toEqual({
      available: true,
      peers: 5,
      lower: 3,
      percentile: 0.6,
      levelShares: { le1: 3 / 5, l2: 1 / 5, l3: 0, ge4: 1 / 5 },
    });
    expect(eight.groups.industry).toMatchObject({
      available: true,
      peers: 8,
      lower: 4,
      percentile: 0.5,
    });
  });

  test('a draft is placed by its live score', async () => {
    const draft = await startAssessment(t.app, ent, { versionId, profileId: 'textile' });
    const b = await benchmark(draft.id);
    expect(b.own).toEqual({ score: 0, maturityLevel: 0, source: 'live' });
    // Nobody scores below 0.
    expect(b.groups.industry).toMatchObject({ available: true, peers: 8, lower: 0, percentile: 0 });
  });

  test('the report carries the same benchmark and the national figures', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${submitted}/report`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    const report = res.json<ReportResponse>();
    expect(report.benchmark).toEqual(await benchmark());
    const { national } = report.benchmark;
    expect(national.distributions.map((d) => [d.year, d.source, d.percent])).toEqual([
      [2020, 'V', { le1: 75, l2: 14, l3: 6, ge4: 5 }],
      [2021, 'S', { le1: 69, l2: 15, l3: 7, ge4: 9 }],
      [2022, 'S', { le1: 63, l2: 21, l3: 12, ge4: 4 }],
    ]);
    // Level 2 in 2022: 63% below, 21% alike, 16% above.
    expect(national.positions[2]).toEqual({
      year: 2022,
      band: 'l2',
      belowPercent: 63,
      samePercent: 21,
      abovePercent: 16,
    });
    expect(national.platform).toEqual({
      asOf: '2024-10-22',
      source: 'S',
      selfAssessed: 113_792,
      levelTwoOrAbove: 47_793,
    });
  });
});
