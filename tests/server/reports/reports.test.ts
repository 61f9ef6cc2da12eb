import {
  effectiveTree,
  indicatorSystemSchema,
  type CompareResponse,
  type EffectiveNode,
  type ReportResponse,
} from '@zhiping/shared';
import { indicatorSystemVersions, reportSnapshots, reviewItems } from '@zhiping/server/db/schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  login,
  publishedVersion,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
  type QuestionnaireRequirement,
} from '../../support/fixtures.ts';

let t: TestApp;
let ent: Actor;
let other: Actor;
let admin: Actor;
let assessor: Actor;
let versionId: string;
let reqs: QuestionnaireRequirement[];
let tree: EffectiveNode[];

beforeAll(async () => {
  t = await createTestApp();
  ent = await registerEnterprise(t.app);
  other = await registerEnterprise(t.app);
  admin = await login(t.app, 'admin@zhiping.local', 'Demo@2026!');
  assessor = await login(t.app, 'assessor@zhiping.local', 'Demo@2026!');
  versionId = (await publishedVersion(t.app, ent)).id;
  reqs = await requirementsOf(t.app, ent, versionId, 'automotive');
  const doc = await t.app.inject({
    method: 'GET',
    url: `/api/v1/indicator-systems/versions/${versionId}`,
    headers: ent.headers,
  });
  tree = effectiveTree(
    indicatorSystemSchema.parse(doc.json<{ document: unknown }>().document),
    'automotive',
  );
});
afterAll(() => t.close());

const db = () => t.db.database.db;
/** Plain SQL on the test database (pg Pool and PGlite answer the same call). */
async function exec<T = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = (
    db() as unknown as {
      $client: { query(text: string, params: unknown[]): Promise<{ rows: T[] }> };
    }
  ).$client;
  return (await client.query(text, params)).rows;
}

type Choice = 'full' | 'most' | 'partial' | 'none' | 'na';

async function start(actor: Actor = ent, vId = versionId) {
  return startAssessment(t.app, actor, { versionId: vId });
}

/** Saves answers (in batches of 500) and returns the revision reached. */
async function answer(
  actor: Actor,
  id: string,
  list: { requirementId: string; choice?: Choice; comment?: string; evidence?: unknown }[],
  revision = 1,
): Promise<number> {
  let rev = revision;
  for (let i = 0; i < list.length; i += 500) {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assessments/${id}/answers`,
      headers: actor.headers,
      payload: { revision: rev, answers: list.slice(i, i + 500) },
    });
    expect(res.statusCode, res.body).toBe(200);
    rev = res.json<{ revision: number }>().revision;
  }
  return rev;
}

const byLevel = (choose: (r: QuestionnaireRequirement) => Choice, list = reqs) =>
  list.map((r) => ({ requirementId: r.id, choice: choose(r) }));

async function submit(actor: Actor, id: string, revision: number) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/${id}/submit`,
    headers: actor.headers,
    payload: { revision },
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function report(actor: Actor, id: string): Promise<ReportResponse> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/assessments/${id}/report`,
    headers: actor.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReportResponse>();
}

describe('the report of a draft', () => {
  test('is computed live from the answers, and follows them', async () => {
    const a = await start();
    const empty = await report(ent, a.id);
    expect(empty).toMatchObject({ basis: 'self', selfSource: 'live', assessed: null });
    expect(empty.self).toMatchObject({ maturityLevel: 0, score: 0 });
    expect(empty.self.completion.answered).toBe(0);

    // Level 1 fully met, nothing else answered (counts as 0): level 1, S = 0 + S_1 + S_2 = 1.
    const level1 = reqs.filter((r) => r.level === 1);
    await answer(
      ent,
      a.id,
      byLevel(() => 'full', level1),
    );
    const after = await report(ent, a.id);
    expect(after.self).toMatchObject({ maturityLevel: 1, score: 1 });
    expect(after.self.completion.answered).toBe(level1.length);
    expect(after.levelNames.find((l) => l.level === 1)?.name.zh).toBe('一级 规划级');
    expect(after.tier.eligible).toEqual([]);
    expect(after.assessment).toMatchObject({
      id: a.id,
      status: 'draft',
      organization: { industry: 'automotive', size: 'medium', region: '江苏省苏州市' },
      version: { systemCode: 'cmmm-2020' },
      profileId: 'automotive',
      profileName: { zh: expect.any(String) as string },
      targetLevel: 3,
      assessorName: null,
    });
  });
});

describe('the report of a submitted assessment', () => {
  test('is the snapshot stored at submit, equal to the live computation then', async () => {
    const a = await start();
    // Levels 1–2 fully met, level 3 mostly (0.8 attains), above not met: level 3, S = 2.8.
    const rev = await answer(
      ent,
      a.id,
      byLevel((r) => (r.level <= 2 ? 'full' : r.level === 3 ? 'most' : 'none')),
    );
    const live = await report(ent, a.id);
    expect(live.self).toMatchObject({ maturityLevel: 3, score: 2.8 });
    await submit(ent, a.id, rev);

    const stored = await report(ent, a.id);
    expect(stored.selfSource).toBe('snapshot');
    expect(stored.self).toEqual(live.self);
    expect(stored.tier.highest?.key).toBe('excellent');
    expect(stored.display).toMatchObject({
      lang: 'zh-CN',
      maturityLevel: '三级 集成级',
      score: '2.80',
    });

    // Rewriting the answers underneath changes nothing: the report reads the snapshot.
    await exec(`update answers set choice = 'none' where assessment_id = $1`, [a.id]);
    const again = await report(ent, a.id);
    expect(again.self).toEqual(live.self);
  });

  test('shows a review in progress to the assessor only, and the signed-off result to all', async () => {
    const a = await start();
    const rev = await answer(
      ent,
      a.id,
      byLevel((r) => (r.level <= 2 ? 'full' : 'none')),
    );
    await submit(ent, a.id, rev);
    const assessorRow = { id: assessor.session.user.id };
    // The review workflow's tables, written as it would: claimed, every L3 item adjusted to full.
    await exec(`update assessments set status = 'in_review', assessor_id = $2 where id = $1`, [
      a.id,
      assessorRow.id,
    ]);
    await db()
      .insert(reviewItems)
      .values(
        reqs
          .filter((r) => r.level === 3)
          .map((r) => ({
            assessmentId: a.id,
            requirementId: r.id,
            decision: 'adjust',
            adjustedChoice: 'full',
            comment: '现场核实已集成',
            reviewerId: assessorRow.id,
          })),
      );

    const forAssessor = await report(assessor, a.id);
    expect(forAssessor).toMatchObject({ basis: 'self', assessedSource: 'live' });
    expect(forAssessor.assessed).toMatchObject({ maturityLevel: 3, score: 3 });
    expect(forAssessor.assessment.assessorName).toBe('李评估师');
    const forEnterprise = await report(ent, a.id);
    expect(forEnterprise).toMatchObject({ assessed: null, assessedSource: null });

    // Sign-off stores the assessed snapshot; from then on the report reads it (the review
    // items are dropped first, so a live computation would now give the self result).
    const stored = forAssessor.assessed!;
    await exec('delete from review_items where assessment_id = $1', [a.id]);
    await db().insert(reportSnapshots).values({
      assessmentId: a.id,
      kind: 'assessed',
      organizationId: ent.session.user.organizationId!,
      industry: 'automotive',
      sizeBand: 'medium',
      systemCode: 'cmmm-2020',
      maturityLevel: 3,
      score: 3,
      report: stored,
    });
    await exec(
      `update assessments set status = 'signed_off', signed_off_at = now(),
         judgment = 'adjusted', opinion = '同意' where id = $1`,
      [a.id],
    );
    const signed = await report(ent, a.id);
    expect(signed).toMatchObject({ basis: 'assessed', assessedSource: 'snapshot' });
    expect(signed.assessed).toEqual(stored);
    expect(signed.self).toMatchObject({ maturityLevel: 2, score: 2 });
    expect(signed.tier.highest?.key).toBe('excellent');
    expect(signed.assessment).toMatchObject({ judgment: 'adjusted', opinion: '同意' });
  });
});

describe('recommendations and heat map', () => {
  test('a weak sub-domain recommends its confirmed standards with the reason', async () => {
    const a = await start();
    // Everything met except energy management at level 1 and equipment at level 2.
    await answer(
      ent,
      a.id,
      byLevel((r) =>
        r.subdomainId === 'energy' && r.level === 1
          ? 'none'
          : r.subdomainId === 'equipment' && r.level === 2
            ? 'partial'
            : 'full',
      ),
    );
    const r = await report(ent, a.id);
    expect(r.recommendations.map((x) => x.subdomainId).sort()).toEqual(['energy', 'equipment']);
    const energy = r.recommendations.find((x) => x.subdomainId === 'energy')!;
    expect(energy.unmetRequirementIds).toEqual(
      reqs
        .filter((q) => q.subdomainId === 'energy' && q.level === 1)
        .map((q) => q.id)
        .sort(),
    );
    expect(energy.standards).toContainEqual({
      number: 'GB/T 23331-2020',
      title: { zh: '能源管理体系 要求及使用指南', en: expect.any(String) as string },
      summary: expect.any(Object) as object,
      frameworkCode: 'AA',
      why: {
        zh: '帮助满足建立能源管理制度、能耗基准和能效考核的要求。',
        en: 'Helps meet requirements to set up energy management rules, consumption baselines and efficiency targets.',
      },
    });
    // GB/T 41255-2022 is mapped to equipment but uncertain: it stays out of reports.
    const equipment = r.recommendations.find((x) => x.subdomainId === 'equipment')!;
    expect(equipment.standards.length).toBeGreaterThan(0);
    expect(equipment.standards.map((s) => s.number)).not.toContain('GB/T 41255-2022');
  });

  test('the heat map adds up to the gaps, cell by cell as the tags say', async () => {
    const a = await start();
    await answer(
      ent,
      a.id,
      byLevel((r) => (r.level === 1 ? 'full' : r.level === 2 ? 'partial' : 'none')),
    );
    const { heatmap, self } = await report(ent, a.id);
    expect(self.gaps.length).toBeGreaterThan(50);
    expect(heatmap.totals.gaps).toBe(self.gaps.length);
    const shares = heatmap.cells.reduce((s, c) => s + c.share, 0);
    expect(shares).toBeCloseTo(self.gaps.length, 9);
    const impact = self.gaps.reduce((s, g) => s + g.impact, 0);
    expect(heatmap.totals.impact).toBeCloseTo(impact, 12);
    expect(heatmap.cells.reduce((s, c) => s + c.impact, 0)).toBeCloseTo(impact, 12);

    const tags = new Map<string, { lifecycle: string[]; systemLevel: string[] }>();
    const walk = (nodes: EffectiveNode[]) =>
      nodes.forEach((n) => {
        n.requirements.forEach((q) => tags.set(q.id, q.tags));
        walk(n.children);
      });
    walk(tree);
    const touching = (l: string, s: string) =>
      self.gaps.filter((g) => {
        const tg = tags.get(g.requirementId)!;
        const ls = tg.lifecycle.length ? tg.lifecycle : ['untagged'];
        const ss = tg.systemLevel.length ? tg.systemLevel : ['untagged'];
        return ls.includes(l) && ss.includes(s);
      }).length;
    for (const cell of heatmap.cells) {
      expect(cell.gaps, `${cell.lifecycle}×${cell.systemLevel}`).toBe(
        touching(cell.lifecycle, cell.systemLevel),
      );
    }
    expect(
      heatmap.cells.find((c) => c.lifecycle === 'production' && c.systemLevel === 'workshop')!.gaps,
    ).toBeGreaterThan(0);
  });
});

async function compare(actor: Actor, a: string, b: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/assessments/compare?a=${a}&b=${b}`,
    headers: actor.headers,
  });
}

describe('comparing two assessments', () => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    const a = await start();
    await submit(
      ent,
      a.id,
      await answer(
        ent,
        a.id,
        byLevel((r) => (r.level <= 2 ? 'full' : 'none')),
      ),
    );
    const b = await start();
    await submit(
      ent,
      b.id,
      await answer(
        ent,
        b.id,
        byLevel((r) => (r.level <= 2 ? 'full' : r.level === 3 ? 'most' : 'none')),
      ),
    );
    first = a.id;
    second = b.id;
  });

  test('gives exact deltas per node, per level and overall, and the changed answers', async () => {
    const res = await compare(ent, first, second);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json<CompareResponse>();
    // a: levels 1–2 met → level 2, S = 1 + 1 + 0 = 2. b: level 3 at 0.8 → level 3, S = 2.8.
    expect(c.overall).toEqual({
      a: { maturityLevel: 2, score: 2 },
      b: { maturityLevel: 3, score: 2.8 },
      levelDelta: 1,
      scoreDelta: 0.8,
    });
    expect(c.levels.map((l) => [l.level, l.a, l.b, l.delta])).toEqual([
      [1, 1, 1, 0],
      [2, 1, 1, 0],
      [3, 0, 0.8, 0.8],
      [4, 0, 0, 0],
      [5, 0, 0, 0],
    ]);
    // Every node has requirements at level 3, all 'most': each goes 2 → 2.8, level 2 → 3.
    expect(c.nodes.length).toBe(countNodes(tree));
    for (const n of c.nodes) {
      expect(n, n.id).toMatchObject({
        a: { level: 2, score: 2 },
        b: { level: 3, score: 2.8 },
        scoreDelta: 0.8,
        levelDelta: 1,
        missingIn: null,
      });
    }
    const level3 = reqs.filter((r) => r.level === 3);
    expect(c.changedAnswers.map((x) => x.requirementId).sort()).toEqual(
      level3.map((r) => r.id).sort(),
    );
    expect(c.changedAnswers[0]).toMatchObject({ a: 'none', b: 'most', level: 3, missingIn: null });
    expect(c.a).toMatchObject({ id: first, basis: 'self' });
  });

  test('refuses other tenants (404), assessors (403), two enterprises and bad ids (400)', async () => {
    expect((await compare(other, first, second)).statusCode).toBe(404);
    expect((await compare(assessor, first, second)).statusCode).toBe(403);
    const foreign = await start(other);
    const mixed = await compare(admin, first, foreign.id);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.b');
    expect((await compare(admin, first, second)).statusCode).toBe(200);
    const same = await compare(ent, first, first);
    expect(same.statusCode).toBe(400);
    const bad = await compare(ent, 'nope', second);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.a');
  });

  test('lines up two versions of one system by node id and flags what one side lacks', async () => {
    // A later version of the same system in which 能源管理 became energy-carbon.
    const [v] = (await db().select().from(indicatorSystemVersions)).filter(
      (x) => x.id === versionId,
    );
    const renamed = JSON.parse(
      JSON.stringify(v!.document)
        .replace(/"energy"/g, '"energy-carbon"')
        .replace(/"energy\.L/g, '"energy-carbon.L'),
    ) as { version: string };
    renamed.version = '2020.2';
    const [v2] = await db()
      .insert(indicatorSystemVersions)
      .values({
        systemId: v!.systemId,
        version: '2020.2',
        status: 'published',
        document: renamed,
        publishedAt: new Date(),
      })
      .returning({ id: indicatorSystemVersions.id });
    const reqs2 = await requirementsOf(t.app, ent, v2!.id, 'automotive');
    const b = await start(ent, v2!.id);
    await answer(
      ent,
      b.id,
      byLevel((r) => (r.level <= 2 ? 'full' : 'none'), reqs2),
    );

    const res = await compare(ent, first, b.id);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json<CompareResponse>();
    expect(c.b.version.version).toBe('2020.2');
    expect(c.overall).toMatchObject({ levelDelta: 0, scoreDelta: 0 });
    expect(c.nodes.find((n) => n.id === 'energy')).toMatchObject({
      missingIn: 'b',
      b: null,
      scoreDelta: null,
    });
    expect(c.nodes.find((n) => n.id === 'energy-carbon')).toMatchObject({
      missingIn: 'a',
      a: null,
      b: { level: 2, score: 2 },
    });
    expect(c.nodes.filter((n) => n.missingIn === null).every((n) => n.scoreDelta === 0)).toBe(true);
    const energyIds = reqs.filter((r) => r.subdomainId === 'energy').map((r) => r.id);
    expect(
      c.changedAnswers
        .filter((x) => x.missingIn === 'b')
        .map((x) => x.requirementId)
        .sort(),
    ).toEqual(energyIds.sort());
    expect(c.changedAnswers.filter((x) => x.missingIn === 'a')).toHaveLength(energyIds.length);
    expect(c.changedAnswers.filter((x) => x.missingIn === null)).toEqual([]);
  });
});

function countNodes(nodes: EffectiveNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

describe('tenancy and input', () => {
  test.each(['report', 'benchmark', 'export.csv', 'export.xlsx'])(
    "another enterprise's %s is 404, a malformed id 400",
    async (path) => {
      const a = await start();
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/${a.id}/${path}`,
        headers: other.headers,
      });
      expect(res.statusCode).toBe(404);
      const bad = await t.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/not-a-uuid/${path}`,
        headers: ent.headers,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('params.id');
      const mine = await t.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/${a.id}/${path}`,
        headers: admin.headers,
      });
      expect(mine.statusCode).toBe(200);
    },
  );

  test('an unknown language is refused naming the field', async () => {
    const a = await start();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${a.id}/report?lang=fr`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.lang');
  });
});

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  return rows;
}

/** Cells of a worksheet by reference, as text (exceljs reads the exported workbook). */
function cells(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
      out.set(cell.address, cell.text);
    }),
  );
  return out;
}

describe('exports', () => {
  let id: string;
  const tricky = "=cmd|' /C calc'!A0";
  const notes = '见"附件", 第 2 页\n以及现场照片';
  beforeAll(async () => {
    const a = await start();
    id = a.id;
    const list = byLevel((r) => (r.level <= 2 ? 'full' : r.level === 3 ? 'partial' : 'none')).map(
      (x, i) =>
        i === 0
          ? {
              ...x,
              comment: tricky,
              evidence: { notes, links: ['https://example.com/a', 'https://example.com/b'] },
            }
          : i === 1
            ? { ...x, comment: '@SUM(1+1)' }
            : x,
    );
    await answer(ent, id, list);
  });

  test('CSV: BOM, header, one row per requirement, quoting and formula injection neutralised', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/export.csv`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="zhiping-cmmm-2020-[0-9a-f]{8}\.csv"; filename\*=UTF-8''/,
    );
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      '要素',
      '能力域',
      '能力子域',
      '要求编号',
      '等级',
      '要求',
      '范围',
      '自评答案',
      '分值',
      '说明',
      '证据说明',
      '证据链接',
      '评估答案',
      '评估师意见',
      '差距',
      '影响',
    ]);
    expect(rows).toHaveLength(reqs.length + 1);
    expect(
      rows
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(reqs.map((r) => r.id).sort());
    expect(rows.every((r) => r.length === 16)).toBe(true);
    const first = rows.find((r) => r[3] === reqs[0]!.id)!;
    expect(first.slice(0, 5)).toEqual(['人员', '组织战略', '组织战略', reqs[0]!.id, '1']);
    expect(first[7]).toBe('全部满足');
    expect(first[8]).toBe('1');
    expect(first[9]).toBe(`'${tricky}`);
    expect(first[10]).toBe(notes);
    expect(first[11]).toBe('https://example.com/a\nhttps://example.com/b');
    expect(first[14]).toBe('否');
    expect(rows.find((r) => r[3] === reqs[1]!.id)![9]).toBe("'@SUM(1+1)");
    // No field of the file starts a formula.
    expect(rows.flat().filter((f) => /^[=+\-@]/.test(f))).toEqual([]);
    const gap = rows.find((r) => r[4] === '3')!;
    expect(gap[7]).toBe('部分满足');
    expect(gap[14]).toBe('是');
    expect(Number(gap[15])).toBeGreaterThan(0);

    const en = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/export.csv?lang=en`,
      headers: ent.headers,
    });
    expect(parseCsv(en.rawPayload.subarray(3).toString('utf8'))[0]![0]).toBe('Element');
  });

  test('XLSX: a valid workbook with requirements, scores and the roadmap', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/export.xlsx`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['要求', '得分', '路线图']);
    const sheet1 = wb.worksheets[0]!;
    expect(sheet1.actualRowCount).toBe(reqs.length + 1);
    const c1 = cells(sheet1);
    expect(c1.get('A1')).toBe('要素');
    expect(c1.get('D2')).toBe(reqs[0]!.id);
    expect(c1.get('E2')).toBe('1');
    expect(c1.get('J2')).toBe(`'${tricky}`);
    expect(c1.get('K2')).toBe(notes);

    const live = await report(ent, id);
    const c2 = cells(wb.worksheets[1]!);
    expect(c2.get('B2')).toBe(String(live.self.maturityLevel));
    expect(c2.get('A6')).toBe('1');
    expect(c2.get('C8')).toBe(String(live.self.levels[2]!.score));

    const sheet3 = wb.worksheets[2]!;
    const c3 = cells(sheet3);
    const roadmapOrder = [
      ...live.self.roadmap.flatMap((p) => p.items.map((i) => i.requirementId)),
      ...live.self.consolidation.map((g) => g.requirementId),
    ];
    expect(roadmapOrder).toHaveLength(live.self.gaps.length);
    expect(sheet3.actualRowCount).toBe(roadmapOrder.length + 1);
    roadmapOrder.forEach((rid, i) => expect(c3.get(`D${i + 2}`)).toBe(rid));
    expect(c3.get('A2')).toBe('提升至三级 集成级');
  });
});
