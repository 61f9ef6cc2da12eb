import { randomUUID } from 'node:crypto';
import type { IndicatorSystem } from '@zhiping/shared';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  publishedVersion,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
  type QuestionnaireRequirement,
} from '../../support/fixtures.ts';
import { adminSetup } from '../../support/staff.ts';

const BASE = '/api/v1/admin/indicator-systems';

const { t, admin, assessor, respondent, call } = adminSetup();

type Choice = 'full' | 'most' | 'partial' | 'none';

/** Starts, answers every requirement with `choose`, submits; returns the assessment id. */
async function submitAssessment(
  ent: Actor,
  versionId: string,
  choose: (r: QuestionnaireRequirement) => Choice,
) {
  const a = await startAssessment(t.app, ent, { versionId, profileId: 'automotive' });
  const reqs = await requirementsOf(t.app, ent, versionId, 'automotive');
  const saved = await call(ent, 'PATCH', `/api/v1/assessments/${a.id}/answers`, {
    revision: a.revision,
    answers: reqs.map((r) => ({ requirementId: r.id, choice: choose(r) })),
  });
  expect(saved.statusCode).toBe(200);
  const submitted = await call(ent, 'POST', `/api/v1/assessments/${a.id}/submit`, {
    revision: saved.json<{ revision: number }>().revision,
  });
  expect(submitted.statusCode).toBe(200);
  return submitted.json<{
    id: string;
    version: { id: string };
    result: { maturityLevel: number; score: number };
  }>();
}

/** The stored report snapshots of an assessment, straight from the database. */
const snapshotsOf = (assessmentId: string) =>
  t.db.database.db.query.reportSnapshots.findMany({
    where: (s, { eq }) => eq(s.assessmentId, assessmentId),
  });

async function documentOf(versionId: string): Promise<IndicatorSystem> {
  const res = await call(admin, 'GET', `/api/v1/indicator-systems/versions/${versionId}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ document: IndicatorSystem }>().document;
}

const PERSONNEL = new Set(['strategy', 'skills']);
/** Levels 1–3 met except personnel's level 3, levels 4–5 not: S_3 = 1 − w(personnel) = 0.88. */
const personnelWeakAtL3 = (r: QuestionnaireRequirement): Choice =>
  r.level > 3 || (r.level === 3 && PERSONNEL.has(r.subdomainId)) ? 'none' : 'full';
/** Levels 1–3 met, 4–5 not: level 3 whatever the weights. */
const solidL3 = (r: QuestionnaireRequirement): Choice => (r.level <= 3 ? 'full' : 'none');

interface WhatIf {
  summary: Record<string, number>;
  items: {
    assessmentId: string;
    change: string;
    old: { maturityLevel: number; score: number } | null;
    new: { maturityLevel: number; score: number } | null;
    delta: { maturityLevel: number; score: number } | null;
    profileMissing: boolean;
    newRequirementsUnanswered: number;
    ignoredAnswers: number;
  }[];
  total: number;
}

describe('a new version: copy, edit weights, what-if, publish', () => {
  let published2020: string;
  let draftId: string;
  let weak: Awaited<ReturnType<typeof submitAssessment>>;
  let solid: Awaited<ReturnType<typeof submitAssessment>>;
  let weakSnapshot: unknown;

  beforeAll(async () => {
    published2020 = (await publishedVersion(t.app, admin)).id;
    const entWeak = await registerEnterprise(t.app);
    const entSolid = await registerEnterprise(t.app);
    weak = await submitAssessment(entWeak, published2020, personnelWeakAtL3);
    solid = await submitAssessment(entSolid, published2020, solidL3);
    weakSnapshot = await snapshotsOf(weak.id);
  });

  test('the two submitted assessments score as computed by hand under 2020.1', () => {
    // automotive inherits discrete's element weights 0.12/0.18/0.15/0.55 (sum 1).
    expect(weak.result.maturityLevel).toBe(3);
    expect(weak.result.score).toBeCloseTo(2.88, 9);
    expect(solid.result).toMatchObject({ maturityLevel: 3, score: 3 });
  });

  test('copying a published version makes a draft with the new version string', async () => {
    const res = await call(admin, 'POST', `${BASE}/versions/${published2020}/copy`, {
      version: '2026.1',
    });
    expect(res.statusCode).toBe(201);
    const v = res.json<{ id: string; status: string; revision: number; basedOnId: string }>();
    expect(v).toMatchObject({ status: 'draft', revision: 1, basedOnId: published2020 });
    draftId = v.id;
    const doc = await documentOf(draftId);
    expect(doc.version).toBe('2026.1');
    expect(doc.code).toBe('cmmm-2020');
    const again = await call(admin, 'POST', `${BASE}/versions/${published2020}/copy`, {
      version: '2026.1',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'version_exists' });
  });

  test('the admin list shows the draft beside the published version', async () => {
    const res = await call(admin, 'GET', BASE);
    expect(res.statusCode).toBe(200);
    const sys = res
      .json<{
        items: { code: string; versions: { id: string; status: string; latest: boolean }[] }[];
      }>()
      .items.find((s) => s.code === 'cmmm-2020')!;
    expect(sys.versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: draftId, status: 'draft', latest: false }),
        expect.objectContaining({ id: published2020, status: 'published', latest: true }),
      ]),
    );
  });

  test('a weight edit is validated like the document and names the field', async () => {
    const negative = await call(admin, 'PATCH', `${BASE}/versions/${draftId}/weights`, {
      revision: 1,
      profileId: 'automotive',
      weights: { personnel: -1 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'body.weights.personnel',
    ]);
    const unknownNode = await call(admin, 'PATCH', `${BASE}/versions/${draftId}/weights`, {
      revision: 1,
      profileId: 'automotive',
      weights: { 'no-such-node': 0.3 },
    });
    expect(unknownNode.statusCode).toBe(400);
    expect(unknownNode.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'body.weights.no-such-node',
    );
    const unknownProfile = await call(admin, 'PATCH', `${BASE}/versions/${draftId}/weights`, {
      revision: 1,
      profileId: 'nope',
      weights: { personnel: 0.3 },
    });
    expect(unknownProfile.statusCode).toBe(400);
    expect(unknownProfile.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'body.profileId',
    );
  });

  test('raising personnel to 0.5 for automotive saves, and a stale revision gets 409', async () => {
    const res = await call(admin, 'PATCH', `${BASE}/versions/${draftId}/weights`, {
      revision: 1,
      profileId: 'automotive',
      weights: { personnel: 0.5 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ revision: 2, status: 'draft' });
    const doc = await documentOf(draftId);
    expect(doc.profiles.find((p) => p.id === 'automotive')!.weights.personnel).toBe(0.5);
    const stale = await call(admin, 'PATCH', `${BASE}/versions/${draftId}/weights`, {
      revision: 1,
      profileId: 'automotive',
      weights: { personnel: 0.4 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'revision_conflict', currentRevision: 2 });
    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?entityId=${draftId}&action=indicator_system.weights_changed`,
    );
    const [event] = audit.json<{ items: { before: unknown; after: unknown }[] }>().items;
    expect(event).toMatchObject({
      before: {
        profileId: 'automotive',
        weights: { personnel: null },
        effective: { personnel: 0.12 },
      },
      after: { profileId: 'automotive', weights: { personnel: 0.5 }, revision: 2 },
    });
  });

  test('what-if: the weak-personnel enterprise drops from level 3 to 2, the other stays', async () => {
    const res = await call(admin, 'GET', `${BASE}/versions/${draftId}/what-if`);
    expect(res.statusCode).toBe(200);
    const body = res.json<WhatIf>();
    expect(body.summary).toMatchObject({
      assessments: 2,
      levelUp: 0,
      levelDown: 1,
      unchanged: 1,
      profileMissing: 0,
      unscorable: 0,
      withNewRequirementsUnanswered: 0,
    });
    const byId = new Map(body.items.map((i) => [i.assessmentId, i]));
    // S_3 = (0.18 + 0.15 + 0.55) / (0.5 + 0.18 + 0.15 + 0.55) = 0.88 / 1.38 < 0.8 → level 2,
    // S = (2 − 1) + S_2 + S_3 = 1 + 1 + 0.88 / 1.38.
    const dropped = byId.get(weak.id)!;
    expect(dropped).toMatchObject({
      change: 'down',
      old: { maturityLevel: 3 },
      new: { maturityLevel: 2 },
      delta: { maturityLevel: -1 },
      profileMissing: false,
      newRequirementsUnanswered: 0,
      ignoredAnswers: 0,
    });
    expect(dropped.old!.score).toBeCloseTo(2.88, 9);
    expect(dropped.new!.score).toBeCloseTo(2 + 0.88 / 1.38, 9);
    expect(dropped.delta!.score).toBeCloseTo(0.88 / 1.38 - 0.88, 9);
    expect(byId.get(solid.id)).toMatchObject({
      change: 'unchanged',
      old: { maturityLevel: 3, score: 3 },
      new: { maturityLevel: 3, score: 3 },
      delta: { maturityLevel: 0, score: 0 },
    });
    // Changes are listed first.
    expect(body.items[0]!.assessmentId).toBe(weak.id);
    const onlyChanged = await call(
      admin,
      'GET',
      `${BASE}/versions/${draftId}/what-if?onlyChanged=true`,
    );
    expect(onlyChanged.json<WhatIf>().items.map((i) => i.assessmentId)).toEqual([weak.id]);
  });

  test('publishing keeps old reports and pins new assessments to the new version', async () => {
    const stale = await call(admin, 'POST', `${BASE}/versions/${draftId}/publish`, { revision: 1 });
    expect(stale.statusCode).toBe(409);
    const res = await call(admin, 'POST', `${BASE}/versions/${draftId}/publish`, { revision: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published' });
    expect(res.json<{ publishedAt: string | null }>().publishedAt).not.toBeNull();

    // The old assessment: same result, same stored snapshot.
    expect(await snapshotsOf(weak.id)).toEqual(weakSnapshot);
    const old = await call(admin, 'GET', `/api/v1/assessments/${weak.id}`);
    expect(old.json()).toMatchObject({
      version: { id: published2020, version: '2020.1' },
      result: { maturityLevel: 3, kind: 'self' },
    });

    // Both published versions are offered; the newest first.
    const offered = await call(respondent, 'GET', '/api/v1/indicator-systems');
    const cmmm = offered
      .json<{ items: { id: string; systemCode: string }[] }>()
      .items.filter((i) => i.systemCode === 'cmmm-2020')
      .map((i) => i.id);
    expect(cmmm).toEqual([draftId, published2020]);

    // A new assessment with the same answers pins 2026.1 and gets its weights.
    const ent = await registerEnterprise(t.app);
    const fresh = await submitAssessment(ent, draftId, personnelWeakAtL3);
    expect(fresh.version.id).toBe(draftId);
    expect(fresh.result.maturityLevel).toBe(2);
    // Snapshots store the score to 6 decimals.
    expect(fresh.result.score).toBeCloseTo(2 + 0.88 / 1.38, 6);
  });

  test('a published version refuses every write with 409', async () => {
    const doc = await documentOf(draftId);
    const put = await call(admin, 'PUT', `${BASE}/versions/${draftId}`, {
      revision: 3,
      document: doc,
    });
    expect(put.statusCode).toBe(409);
    expect(put.json()).toMatchObject({ code: 'version_immutable', state: 'published' });
    const weights = await call(admin, 'PATCH', `${BASE}/versions/${draftId}/weights`, {
      revision: 3,
      profileId: 'automotive',
      weights: { personnel: 0.2 },
    });
    expect(weights.statusCode).toBe(409);
    expect(weights.json()).toMatchObject({ code: 'version_immutable' });
    const del = await call(admin, 'DELETE', `${BASE}/versions/${draftId}`);
    expect(del.statusCode).toBe(409);
    expect(del.json()).toMatchObject({ code: 'version_immutable' });
    const again = await call(admin, 'POST', `${BASE}/versions/${draftId}/publish`, {
      revision: 3,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_transition', state: 'published' });
    expect(
      (await documentOf(draftId)).profiles.find((p) => p.id === 'automotive')!.weights.personnel,
    ).toBe(0.5);
  });

  test('what-if counts new requirements as unanswered, ignores removed ones, flags a missing profile', async () => {
    const copy = await call(admin, 'POST', `${BASE}/versions/${published2020}/copy`, {
      version: '2026.2-what-if',
    });
    const id = copy.json<{ id: string }>().id;
    const doc = await documentOf(id);
    const strategy = doc.tree[0]!.children![0]!.children![0]!;
    expect(strategy.id).toBe('strategy');
    const removed = strategy.requirements!.filter((r) => r.level === 5)[0]!;
    strategy.requirements = [
      ...strategy.requirements!.filter((r) => r.id !== removed.id),
      { ...strategy.requirements![0]!, id: 'strategy.L1.new' },
    ];
    const put = await call(admin, 'PUT', `${BASE}/versions/${id}`, { revision: 1, document: doc });
    expect(put.statusCode).toBe(200);
    const res = await call(admin, 'GET', `${BASE}/versions/${id}/what-if`);
    const body = res.json<WhatIf>();
    const solidItem = body.items.find((i) => i.assessmentId === solid.id)!;
    // One more level-1 requirement of strategy, unanswered: S(strategy,1) = 3/4, still attained.
    expect(solidItem).toMatchObject({
      change: 'unchanged',
      newRequirementsUnanswered: 1,
      ignoredAnswers: 1,
      new: { maturityLevel: 3, score: 3 },
    });
    expect(body.summary.withNewRequirementsUnanswered).toBe(body.summary.assessments);

    doc.profiles = doc.profiles.filter((p) => p.id !== 'automotive');
    const put2 = await call(admin, 'PUT', `${BASE}/versions/${id}`, { revision: 2, document: doc });
    expect(put2.statusCode).toBe(200);
    const missing = (await call(admin, 'GET', `${BASE}/versions/${id}/what-if`)).json<WhatIf>();
    expect(missing.summary.profileMissing).toBe(missing.summary.assessments);
    expect(missing.items.find((i) => i.assessmentId === weak.id)).toMatchObject({
      change: 'profile_missing',
      profileMissing: true,
      old: { maturityLevel: 3 },
      new: null,
    });

    const del = await call(admin, 'DELETE', `${BASE}/versions/${id}`);
    expect(del.statusCode).toBe(204);
    expect((await call(admin, 'GET', `${BASE}/versions/${id}/export`)).statusCode).toBe(404);
  });
});

describe('replacing a draft document', () => {
  let id: string;
  let doc: IndicatorSystem;
  beforeAll(async () => {
    const v = await publishedVersion(t.app, admin, 'cmmm-draft-2024');
    const copy = await call(admin, 'POST', `${BASE}/versions/${v.id}/copy`, { version: 'edit-1' });
    id = copy.json<{ id: string }>().id;
    doc = await documentOf(id);
  });

  test('an invalid document is refused with 400 naming each path, nothing saved', async () => {
    const bad = structuredClone(doc) as unknown as Record<string, unknown> & IndicatorSystem;
    bad.profiles[1]!.id = bad.profiles[0]!.id;
    (bad.tree[0] as unknown as Record<string, unknown>).colour = 'red';
    const res = await call(admin, 'PUT', `${BASE}/versions/${id}`, { revision: 1, document: bad });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.document.profiles.1.id', 'body.document.tree.0.colour']),
    );
    expect(await documentOf(id)).toEqual(doc);
  });

  test('the code and version of a draft cannot change through its document', async () => {
    const res = await call(admin, 'PUT', `${BASE}/versions/${id}`, {
      revision: 1,
      document: { ...doc, code: 'other-code', version: 'edit-2' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'body.document.code',
      'body.document.version',
    ]);
  });

  test('a valid edit bumps the revision, is audited as a diff, and a stale one gets 409', async () => {
    const next = structuredClone(doc);
    next.name = { zh: '修订草案', en: 'Revision draft' };
    const ok = await call(admin, 'PUT', `${BASE}/versions/${id}`, { revision: 1, document: next });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ revision: 2 });
    expect((await documentOf(id)).name).toEqual(next.name);
    const stale = await call(admin, 'PUT', `${BASE}/versions/${id}`, {
      revision: 1,
      document: doc,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'revision_conflict', currentRevision: 2 });
    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?entityId=${id}&action=indicator_system.document_replaced`,
    );
    expect(audit.json<{ items: unknown[] }>().items[0]).toMatchObject({
      actorEmail: 'admin@zhiping.local',
      after: {
        revision: 2,
        changeCount: 2,
        changes: expect.arrayContaining([
          { path: 'name.zh', before: doc.name.zh, after: '修订草案' },
          { path: 'name.en', before: doc.name.en, after: 'Revision draft' },
        ]),
      },
    });
  });
});

describe('import and export', () => {
  test('export is an attachment holding the document, and it round-trips through import', async () => {
    const v = await publishedVersion(t.app, admin, 'cmmm-draft-2024');
    const res = await call(admin, 'GET', `${BASE}/versions/${v.id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(
        `^attachment; filename="cmmm-draft-2024-${v.version.replace(/\./g, '\\.')}\\.json"$`,
      ),
    );
    const exported = res.json<IndicatorSystem>();
    expect(exported).toEqual(await documentOf(v.id));

    const same = await call(admin, 'POST', `${BASE}/import`, { document: exported });
    expect(same.statusCode).toBe(409);
    expect(same.json()).toMatchObject({ code: 'version_exists' });

    const renamed = { ...exported, version: 'imported-1' };
    const imported = await call(admin, 'POST', `${BASE}/import`, { document: renamed });
    expect(imported.statusCode).toBe(201);
    const draft = imported.json<{ id: string; status: string; systemCode: string }>();
    expect(draft).toMatchObject({ status: 'draft', systemCode: 'cmmm-draft-2024' });
    const back = await call(admin, 'GET', `${BASE}/versions/${draft.id}/export`);
    expect(back.json()).toEqual(renamed);
    // Byte for byte: the export of the import is the export of the original, version aside.
    expect(back.body).toBe(res.body.replace(`"version":"${v.version}"`, '"version":"imported-1"'));
  });

  test('an invalid document is refused with 400 and the path of every problem', async () => {
    const v = await publishedVersion(t.app, admin, 'cmmm-draft-2024');
    const doc = (
      await call(admin, 'GET', `${BASE}/versions/${v.id}/export`)
    ).json<IndicatorSystem>();
    const bad = structuredClone(doc);
    bad.version = 'bad-1';
    bad.tree[0]!.weight = -1;
    bad.tree[1]!.name = { zh: '', en: 'x' };
    const res = await call(admin, 'POST', `${BASE}/import`, { document: bad });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.document.tree.0.weight', 'body.document.tree.1.name.zh']),
    );
    const notObject = await call(admin, 'POST', `${BASE}/import`, { document: 'nope' });
    expect(notObject.statusCode).toBe(400);
    expect(notObject.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(
      'body.document',
    );
  });

  test('a new code creates the system; a draft is offered to enterprises only once published', async () => {
    const v = await publishedVersion(t.app, admin, 'cmmm-draft-2024');
    const doc = (
      await call(admin, 'GET', `${BASE}/versions/${v.id}/export`)
    ).json<IndicatorSystem>();
    const fresh = { ...doc, code: 'pilot-model', version: '1.0' };
    const res = await call(admin, 'POST', `${BASE}/import`, { document: fresh });
    expect(res.statusCode).toBe(201);
    const id = res.json<{ id: string }>().id;
    const list = await call(admin, 'GET', BASE);
    expect(
      list
        .json<{ items: { code: string; versions: { id: string }[] }[] }>()
        .items.find((s) => s.code === 'pilot-model')?.versions,
    ).toEqual([expect.objectContaining({ id, status: 'draft', latest: false })]);

    const offered = async () =>
      (await call(respondent, 'GET', '/api/v1/indicator-systems'))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
    const start = () =>
      call(respondent, 'POST', '/api/v1/assessments', {
        versionId: id,
        title: '试点模型自评',
        profileId: doc.profiles[0]!.id,
        targetLevel: 3,
      });
    expect(await offered()).not.toContain(id);
    expect(
      (await call(respondent, 'GET', `/api/v1/indicator-systems/versions/${id}`)).statusCode,
    ).toBe(404);
    expect((await start()).statusCode).toBe(400);

    const published = await call(admin, 'POST', `${BASE}/versions/${id}/publish`, { revision: 1 });
    expect(published.statusCode).toBe(200);
    expect(await offered()).toContain(id);
    const started = await start();
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({ version: { id, systemCode: 'pilot-model' } });
  });
});

describe('only admins', () => {
  const id = randomUUID();
  const routes: [string, string, unknown?][] = [
    ['GET', BASE],
    ['POST', `${BASE}/versions/${id}/copy`, { version: 'x' }],
    ['PUT', `${BASE}/versions/${id}`, { revision: 1, document: {} }],
    ['PATCH', `${BASE}/versions/${id}/weights`, { revision: 1, profileId: 'p', weights: { a: 1 } }],
    ['GET', `${BASE}/versions/${id}/what-if`],
    ['POST', `${BASE}/versions/${id}/publish`, { revision: 1 }],
    ['DELETE', `${BASE}/versions/${id}`],
    ['POST', `${BASE}/import`, { document: {} }],
    ['GET', `${BASE}/versions/${id}/export`],
  ];
  test.each(routes)('%s %s is 403 for a respondent and an assessor', async (method, url, body) => {
    for (const actor of [respondent, assessor]) {
      const res = await call(actor, method, url, body);
      expect(res.statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: method as 'GET',
      url,
      ...(body ? { payload: body } : {}),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  test('an unknown version is 404 for an admin', async () => {
    expect((await call(admin, 'GET', `${BASE}/versions/${id}/what-if`)).statusCode).toBe(404);
    expect(
      (await call(admin, 'POST', `${BASE}/versions/${id}/copy`, { version: 'x' })).statusCode,
    ).toBe(404);
  });
});
