import { buildApp } from '@zhiping/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../support/app.ts';
import { registerEnterprise, requirementsOf, type Actor } from '../../support/fixtures.ts';

/**
 * Quick scan (docs/quick-scan.md): anonymous scan → sign-in → claim → full assessment from
 * it → report with the indication beside it; tenancy, expiry, rate limit and bad input.
 */

const TOKEN = 'x-quick-scan-token';

let t: TestApp;
let versionId: string;
let draft2024: string;

beforeAll(async () => {
  t = await createTestApp({ QUICK_SCAN_RATE_LIMIT_PER_HOUR: '1000' });
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/quick-scans/options' });
  expect(res.statusCode).toBe(200);
  const items = res.json<{
    items: { versionId: string; systemCode: string; itemCount: number }[];
  }>().items;
  const cmmm = items.find((i) => i.systemCode === 'cmmm-2020')!;
  expect(cmmm.itemCount).toBe(20);
  expect(items.find((i) => i.systemCode === 'cmmm-draft-2024')!.itemCount).toBe(25);
  versionId = cmmm.versionId;
  draft2024 = items.find((i) => i.systemCode === 'cmmm-draft-2024')!.versionId;
});
afterAll(() => t.close());

/** Raw SQL on the test database (ids come from the API, never from user input). */
const sqlRows = async (text: string) => {
  const res: unknown = await t.db.database.db.execute(text);
  return (res as { rows: Record<string, unknown>[] }).rows;
};

interface Scan {
  id: string;
  token: string;
  items: { subdomainId: string; naAllowed: boolean }[];
  choices: Record<string, number | 'na'>;
  answered: number;
  total: number;
  organizationId: string | null;
  expiresAt: string | null;
}

async function startScan(app: FastifyInstance = t.app, profileId = 'automotive') {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/quick-scans',
    payload: { versionId, profileId },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Scan>();
}

const answer = (scan: { id: string; token?: string }, answers: unknown, headers = {}) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/quick-scans/${scan.id}/answers`,
    headers: { ...(scan.token ? { [TOKEN]: scan.token } : {}), ...headers },
    payload: { answers },
  });

const read = (id: string, headers: Record<string, string>, what = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/quick-scans/${id}${what}`, headers });

describe('anonymous quick scan', () => {
  test('starts without an account: a 256-bit token, stored only as a hash, 30-day expiry', async () => {
    const scan = await startScan();
    expect(scan.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(scan.total).toBe(20);
    expect(scan.answered).toBe(0);
    expect(scan.organizationId).toBeNull();
    const days = (Date.parse(scan.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const [row] = (await sqlRows(`select * from quick_scans where id = '${scan.id}'`)) as {
      token_hash: string;
    }[];
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(scan.token);
  });

  test('reads and writes only with its token (header), never by id alone', async () => {
    const scan = await startScan();
    expect((await read(scan.id, {})).statusCode).toBe(404);
    expect((await read(scan.id, { [TOKEN]: 'x'.repeat(43) })).statusCode).toBe(404);
    expect((await read(scan.id, { [TOKEN]: (await startScan()).token })).statusCode).toBe(404);
    expect((await read(scan.id, { [TOKEN]: scan.token })).statusCode).toBe(200);
    // An anonymous scan needs no session: a bad one beside the token does not matter.
    expect(
      (await read(scan.id, { [TOKEN]: scan.token, authorization: 'Bearer not.a.token' }))
        .statusCode,
    ).toBe(200);
    expect((await answer({ id: scan.id }, [{ subdomainId: 'energy', choice: 2 }])).statusCode).toBe(
      404,
    );
  });

  test('bad input is a 400 naming the field', async () => {
    const scan = await startScan();
    const cases: [unknown, string][] = [
      [[{ subdomainId: 'energy', choice: 7 }], 'body.answers.0.choice'],
      [[{ subdomainId: 'energy', choice: '3' }], 'body.answers.0.choice'],
      [[{ subdomainId: 'no-such', choice: 3 }], 'body.answers.0.subdomainId'],
      [
        [
          { subdomainId: 'energy', choice: 1 },
          { subdomainId: 'strategy', choice: 'na' },
        ],
        'body.answers.1.choice',
      ],
      [[], 'body.answers'],
    ];
    for (const [answers, field] of cases) {
      const res = await answer(scan, answers);
      expect(res.statusCode, JSON.stringify(answers)).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
        field,
      );
    }
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quick-scans',
      payload: { versionId, profileId: 'no-such-profile' },
    });
    expect(create.statusCode).toBe(400);
    expect(create.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.profileId');
    const noVersion = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quick-scans',
      payload: { versionId: '00000000-0000-4000-8000-000000000000', profileId: 'automotive' },
    });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'body.versionId',
    );
  });

  test('result: indicative level and score, radar per sub-domain, three weakest, tier', async () => {
    const scan = await startScan();
    const choices = Object.fromEntries(scan.items.map((i) => [i.subdomainId, 3]));
    Object.assign(choices, { energy: 1, sales: 2, strategy: 0 });
    const saved = await answer(
      scan,
      Object.entries(choices).map(([subdomainId, choice]) => ({ subdomainId, choice })),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Scan>().answered).toBe(20);
    const res = await read(scan.id, { [TOKEN]: scan.token }, '/result');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<{
      indicative: boolean;
      label: { zh: string };
      maturityLevel: number;
      score: number;
      tier: { key: string | null };
      subdomains: { id: string; level: number }[];
      weakest: { id: string; level: number; sentence: { zh: string; en: string } }[];
    }>();
    expect(r.indicative).toBe(true);
    expect(r.label.zh).toBe('指示性结果');
    // strategy at 0 leaves level 1 short of 1.0 by its weight: still ≥ 0.8 only if light.
    expect(r.subdomains).toHaveLength(20);
    expect(r.subdomains.find((s) => s.id === 'energy')!.level).toBe(1);
    expect(r.weakest.map((w) => w.id)).toEqual(['strategy', 'energy', 'sales']);
    expect(r.weakest[0]!.sentence.zh).toContain('规划级');
    expect(r.weakest[1]!.sentence.en).toMatch(/^Next \(/);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(3);
    expect(r.tier.key === null || typeof r.tier.key === 'string').toBe(true);
  });

  test('an expired scan answers 410 and cannot be claimed', async () => {
    const scan = await startScan();
    await sqlRows(
      `update quick_scans set expires_at = now() - interval '1 second' where id = '${scan.id}'`,
    );
    expect((await read(scan.id, { [TOKEN]: scan.token })).statusCode).toBe(410);
    expect((await read(scan.id, { [TOKEN]: scan.token }, '/result')).statusCode).toBe(410);
    expect((await answer(scan, [{ subdomainId: 'energy', choice: 2 }])).statusCode).toBe(410);
    const ent = await registerEnterprise(t.app);
    const claim = await t.app.inject({
      method: 'POST',
      url: `/api/v1/quick-scans/${scan.id}/claim`,
      headers: { ...ent.headers, [TOKEN]: scan.token },
    });
    expect(claim.statusCode).toBe(410);
  });

  test('quick scans are not counted in peer benchmarks: no report snapshot is written', async () => {
    const before = await sqlRows('select count(*)::int as n from report_snapshots');
    const scan = await startScan();
    await answer(scan, [{ subdomainId: 'energy', choice: 5 }]);
    await read(scan.id, { [TOKEN]: scan.token }, '/result');
    const after = await sqlRows('select count(*)::int as n from report_snapshots');
    expect(after).toEqual(before);
  });
});

describe('claim and full assessment', () => {
  let owner: Actor;
  let other: Actor;
  let scan: Scan;

  beforeAll(async () => {
    scan = await startScan();
    const choices = Object.fromEntries(scan.items.map((i) => [i.subdomainId, 2]));
    choices.energy = 0;
    choices.logistics = 3;
    await answer(
      scan,
      Object.entries(choices).map(([subdomainId, choice]) => ({ subdomainId, choice })),
    );
    owner = await registerEnterprise(t.app);
    other = await registerEnterprise(t.app);
  });

  const claim = (actor: Actor | undefined, token: string | undefined, id = scan.id) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/quick-scans/${id}/claim`,
      headers: { ...(actor?.headers ?? {}), ...(token ? { [TOKEN]: token } : {}) },
    });

  test('claiming needs a session and the token; it attaches the scan to the enterprise, audited', async () => {
    expect((await claim(undefined, scan.token)).statusCode).toBe(401);
    expect((await claim(owner, undefined)).statusCode).toBe(404);
    expect((await claim(owner, 'wrong-token')).statusCode).toBe(404);
    const res = await claim(owner, scan.token);
    expect(res.statusCode, res.body).toBe(200);
    const claimed = res.json<Scan>();
    expect(claimed.organizationId).toBe(owner.session.organization!.id);
    expect(claimed.expiresAt).toBeNull();
    expect(claimed.answered).toBe(20);
    expect(claimed.choices.energy).toBe(0);
    // Claiming again is harmless for the owner.
    expect((await claim(owner, scan.token)).statusCode).toBe(200);
    const events = await sqlRows(
      `select count(*)::int as n from audit_events where action = 'quick_scan.claimed' and entity_id = '${scan.id}'`,
    );
    expect(events[0]!.n).toBe(1);
    const logged = await sqlRows(`select * from audit_events where entity_id = '${scan.id}'`);
    expect(JSON.stringify(logged)).not.toContain(scan.token);
  });

  test('after the claim only that enterprise reads it: never the token alone, never another enterprise', async () => {
    expect((await read(scan.id, { [TOKEN]: scan.token })).statusCode).toBe(401);
    expect(
      (await read(scan.id, { [TOKEN]: scan.token, authorization: 'Bearer not.a.token' }))
        .statusCode,
    ).toBe(401);
    expect((await read(scan.id, { ...other.headers, [TOKEN]: scan.token })).statusCode).toBe(404);
    expect(
      (await read(scan.id, { ...other.headers, [TOKEN]: scan.token }, '/result')).statusCode,
    ).toBe(404);
    expect((await claim(other, scan.token)).statusCode).toBe(404);
    expect(
      (await answer(scan, [{ subdomainId: 'energy', choice: 5 }], other.headers)).statusCode,
    ).toBe(404);
    expect((await read(scan.id, owner.headers)).statusCode).toBe(200);
    expect((await read(scan.id, owner.headers, '/result')).statusCode).toBe(200);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/quick-scans',
      headers: owner.headers,
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([scan.id]);
    const otherList = await t.app.inject({
      method: 'GET',
      url: '/api/v1/quick-scans',
      headers: other.headers,
    });
    expect(otherList.json<{ items: unknown[] }>().items).toEqual([]);
  });

  test('another enterprise cannot start an assessment from the scan; another version is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: other.headers,
      payload: {
        versionId,
        title: 'x',
        profileId: 'automotive',
        targetLevel: 3,
        quickScanId: scan.id,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.quickScanId');
    const wrongVersion = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: owner.headers,
      payload: {
        versionId: draft2024,
        title: 'x',
        profileId: 'discrete',
        targetLevel: 3,
        quickScanId: scan.id,
      },
    });
    expect(wrongVersion.statusCode).toBe(400);
  });

  test('full assessment from the scan: origin, weakest-first, explicit marking, report beside the indication', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: owner.headers,
      payload: {
        versionId,
        title: '从快评开始',
        profileId: 'automotive',
        targetLevel: 3,
        quickScanId: scan.id,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json<{ id: string; revision: number; quickScanId: string }>();
    expect(a.quickScanId).toBe(scan.id);

    const beside = () =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/${a.id}/quick-scan`,
        headers: owner.headers,
      });
    const first = await beside();
    expect(first.statusCode, first.body).toBe(200);
    const b = first.json<{
      subdomains: { id: string; choice: number; indicativeLevel: number }[];
      weakestFirst: string[];
      actual: unknown;
      agreement: unknown;
    }>();
    expect(b.weakestFirst[0]).toBe('energy');
    expect(b.weakestFirst.at(-1)).toBe('logistics');
    expect(b.subdomains.find((s) => s.id === 'logistics')).toMatchObject({
      choice: 3,
      indicativeLevel: 3,
    });
    expect(b.actual).toBeNull();
    expect(b.agreement).toBeNull();
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/assessments/${a.id}/quick-scan`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(404);

    // Nothing was marked silently: the new assessment has no answers.
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}/answers`,
      headers: owner.headers,
    });
    expect(none.json<{ answers: unknown[] }>().answers).toEqual([]);

    // The explicit action: mark energy's requirements above level 1 as 不满足.
    const requirements = await requirementsOf(t.app, owner, versionId, 'automotive');
    const energyAbove1 = requirements.filter((r) => r.subdomainId === 'energy' && r.level > 1);
    const applied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/quick-scan/apply`,
      headers: owner.headers,
      payload: { revision: a.revision, subdomainId: 'energy', level: 1 },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const ap = applied.json<{
      revision: number;
      marked: number;
      answers: { requirementId: string; choice: string }[];
    }>();
    expect(ap.marked).toBe(energyAbove1.length);
    expect(ap.answers.map((x) => x.requirementId).sort()).toEqual(
      energyAbove1.map((r) => r.id).sort(),
    );
    expect(new Set(ap.answers.map((x) => x.choice))).toEqual(new Set(['none']));
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/quick-scan/apply`,
      headers: owner.headers,
      payload: { revision: a.revision, subdomainId: 'energy', level: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const badSub = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/quick-scan/apply`,
      headers: owner.headers,
      payload: { revision: ap.revision, subdomainId: 'nope', level: 1 },
    });
    expect(badSub.statusCode).toBe(400);
    expect(badSub.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'body.subdomainId',
    );
    const otherApply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/quick-scan/apply`,
      headers: other.headers,
      payload: { revision: ap.revision, subdomainId: 'energy', level: 1 },
    });
    expect(otherApply.statusCode).toBe(404);

    // Answer everything as the scan said (level 2 everywhere but energy 0, logistics 3),
    // except one sub-domain really at 1: the report then differs there.
    const chosen: Record<string, number> = { energy: 0, logistics: 3, planning: 1 };
    const save = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assessments/${a.id}/answers`,
      headers: owner.headers,
      payload: {
        revision: ap.revision,
        answers: requirements.map((r) => ({
          requirementId: r.id,
          choice: r.level <= (chosen[r.subdomainId] ?? 2) ? 'full' : 'none',
        })),
      },
    });
    expect(save.statusCode, save.body).toBe(200);
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/submit`,
      headers: owner.headers,
      payload: { revision: save.json<{ revision: number }>().revision },
    });
    expect(submit.statusCode, submit.body).toBe(200);

    const after = (await beside()).json<{
      indicative: { maturityLevel: number; score: number };
      actual: { maturityLevel: number; score: number; kind: string };
      subdomains: { id: string; indicativeLevel: number; actualLevel: number }[];
      agreement: { sameLevel: number; compared: number; meanAbsoluteDifference: number };
    }>();
    expect(after.actual.kind).toBe('self');
    expect(after.agreement.compared).toBe(20);
    expect(after.agreement.sameLevel).toBe(19);
    expect(after.agreement.meanAbsoluteDifference).toBeCloseTo(1 / 20, 12);
    expect(after.subdomains.find((s) => s.id === 'planning')).toMatchObject({
      indicativeLevel: 2,
      actualLevel: 1,
    });
    const report = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}/report`,
      headers: owner.headers,
    });
    expect(report.statusCode).toBe(200);
    const self = report.json<{ self: { score: number; maturityLevel: number } }>().self;
    expect(after.actual.score).toBeCloseTo(self.score, 9);
    expect(after.actual.maturityLevel).toBe(self.maturityLevel);
    expect(after.indicative.maturityLevel).toBe(2);
  });
});

describe('rate limit', () => {
  let limited: FastifyInstance;
  beforeAll(async () => {
    limited = await buildApp(testConfig({ QUICK_SCAN_RATE_LIMIT_PER_HOUR: '3' }), {
      database: t.db.database,
      logger: false,
    });
    await limited.ready();
  });
  afterAll(() => limited.close());

  test('anonymous scan creation is limited per IP', async () => {
    for (let i = 0; i < 3; i++) await startScan(limited);
    const res = await limited.inject({
      method: 'POST',
      url: '/api/v1/quick-scans',
      payload: { versionId, profileId: 'automotive' },
    });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const elsewhere = await limited.inject({
      method: 'POST',
      url: '/api/v1/quick-scans',
      remoteAddress: '203.0.113.7',
      payload: { versionId, profileId: 'automotive' },
    });
    expect(elsewhere.statusCode).toBe(201);
  });
});
