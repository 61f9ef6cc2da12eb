import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeReport,
  effectiveTree,
  levelName,
  type AnswerChoice,
  type IndicatorSystemInput,
  type Level,
  type ReportResponse,
  type StandardInput,
} from '@zhiping/shared';
import { indicatorSystemSchema, standardSchema } from '@zhiping/shared';
import { renderRoadmapPdf, roadmapPdfData } from '@zhiping/server/pdf/index';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import {
  login,
  publishedVersion,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../support/fixtures.ts';
import { cmmm2020, PATTERN } from './roadmap-pdf-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'zp-pdf-'));

/** The PDF's text as pdftotext reads it, and the same with all whitespace removed. */
function pdfText(pdf: Buffer, name: string): { text: string; flat: string; pages: number } {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return { text, flat: text.replace(/\s+/g, ''), pages };
}
const flat = (s: string) => s.replace(/\s+/g, '');

interface Box {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  word: string;
}

/** Word boxes per page from pdftotext -bbox, with the page size. */
function wordBoxes(pdf: Buffer, name: string): { boxes: Box[]; width: number; height: number } {
  const file = join(work, `${name}-bbox.pdf`);
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const boxes: Box[] = [];
  let page = 0;
  let width = 0;
  let height = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page++;
      width = Number(p[1]);
      height = Number(p[2]);
      continue;
    }
    const w =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (w) {
      boxes.push({
        page,
        x0: Number(w[1]),
        y0: Number(w[2]),
        x1: Number(w[3]),
        y1: Number(w[4]),
        word: w[5]!,
      });
    }
  }
  return { boxes, width, height };
}

/** Pairs of words on one page whose boxes overlap by more than a hair. */
function overlaps(boxes: readonly Box[]): [Box, Box][] {
  const found: [Box, Box][] = [];
  const byPage = new Map<number, Box[]>();
  for (const b of boxes) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  for (const list of byPage.values()) {
    list.sort((a, b) => a.y0 - b.y0);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.y0 < a.y1; j++) {
        const b = list[j]!;
        const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (dx > 0.8 && dy > 0.8) found.push([a, b]);
      }
    }
  }
  return found;
}

describe('GET /assessments/:id/roadmap.pdf', () => {
  let t: TestApp;
  let ent: Actor & { body: { organization: { name: string } } };
  let id: string;
  let report: ReportResponse;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    ent = await registerEnterprise(t.app, {
      industry: 'automotive',
      size: 'medium',
      name: '苏州精工汽车零部件有限公司',
    });
    const version = await publishedVersion(t.app, ent);
    const assessment = await startAssessment(t.app, ent, {
      versionId: version.id,
      profileId: 'automotive',
      targetLevel: 4,
    });
    id = assessment.id;
    const reqs = await requirementsOf(t.app, ent, version.id, 'automotive');
    const seen = new Map<string, number>();
    const answers = reqs.map((r) => {
      const key = `${r.subdomainId}/${r.level}`;
      const i = seen.get(key) ?? 0;
      seen.set(key, i + 1);
      const cycle = PATTERN[r.level as Level];
      return { requirementId: r.id, choice: cycle[i % cycle.length]! };
    });
    const saved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assessments/${id}/answers`,
      headers: ent.headers,
      payload: { revision: assessment.revision, answers },
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${id}/submit`,
      headers: ent.headers,
      payload: { revision: saved.json<{ revision: number }>().revision },
    });
    expect(submitted.statusCode).toBe(200);
    report = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/assessments/${id}/report`,
        headers: ent.headers,
      })
    ).json<ReportResponse>();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/roadmap.pdf`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    pdf = res.rawPayload;
  });
  afterAll(() => t.close());

  test('is a PDF download named after the assessment', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/roadmap.pdf`,
      headers: ent.headers,
    });
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="zhiping-roadmap-cmmm-2020-[0-9a-f]{8}\.pdf"; filename\*=UTF-8''/,
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  test('shows the enterprise, the level in Chinese, every phase heading and the recommended standards', () => {
    const { flat: text } = pdfText(pdf, 'route-zh');
    const doc = cmmm2020();
    expect(report.self.maturityLevel).toBe(2);
    expect(text).toContain(flat(ent.body.organization.name));
    expect(text).toContain(flat(levelName(doc, report.self.maturityLevel).zh));
    expect(text).toContain(flat('智能制造能力成熟度模型（GB/T 39116-2020）'));
    const phases = report.self.roadmap.map(
      (p, i) => `阶段 ${i + 1}：达到${levelName(doc, p.level).zh}`,
    );
    expect(phases).toEqual(['阶段 1：达到三级 集成级', '阶段 2：达到四级 优化级']);
    for (const heading of phases) expect(text).toContain(flat(heading));
    const roadmapSubdomains = new Set(
      report.self.roadmap.flatMap((p) => p.items.map((i) => i.subdomainId)),
    );
    const numbers = report.recommendations
      .filter((r) => roadmapSubdomains.has(r.subdomainId))
      .flatMap((r) => r.standards.map((s) => s.number));
    expect(numbers.length).toBeGreaterThan(10);
    for (const n of new Set(numbers)) expect(text, n).toContain(flat(n));
    for (const gap of report.self.gaps) expect(text).toContain(gap.requirementId);
    // Uncertain catalog entries stay out of reports.
    expect(text).not.toContain('GB/T41255-2022');
    const { boxes, width, height } = wordBoxes(pdf, 'route-zh');
    expect(overlaps(boxes).map(([a, b]) => `p${a.page}: ${a.word} × ${b.word}`)).toEqual([]);
    expect(boxes.filter((b) => b.x1 > width || b.y1 > height)).toEqual([]);
  });

  test('gap-table rows never split across pages, and the charts are vectors, not images', () => {
    const file = join(work, 'route-raw.pdf');
    writeFileSync(file, pdf);
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    const pages = raw.split('\f').map(flat);
    const first = pages.findIndex((p) => p.includes('二、差距清单'));
    const last = pages.findIndex((p) => p.includes('三、提升路线'));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    const gapPages = pages.slice(first, last);
    const texts = new Map<string, string>();
    const walk = (nodes: ReturnType<typeof effectiveTree>) => {
      for (const n of nodes) {
        for (const r of n.requirements) texts.set(r.id, flat(r.text.zh));
        walk(n.children);
      }
    };
    walk(effectiveTree(cmmm2020(), 'automotive'));
    for (const gap of report.self.gaps) {
      const page = gapPages.find((p) => p.includes(gap.requirementId));
      expect(page, gap.requirementId).toBeDefined();
      // The row's whole requirement text is on the page that holds its id.
      expect(page, gap.requirementId).toContain(texts.get(gap.requirementId));
    }
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    expect(images.trim().split('\n')).toHaveLength(2); // the two header lines, no image
  });

  test('embeds a subset of Noto Sans SC, so Chinese never falls back to boxes', () => {
    const file = join(work, 'route-fonts.pdf');
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const rows = fonts.split('\n').filter((l) => /NotoSansSC/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    // name … type encoding emb sub uni: every Noto row embedded, subset, with a ToUnicode map.
    for (const row of rows) expect(row).toMatch(/yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    expect(rows.every((r) => /^[A-Z]{6}\+NotoSansSC/.test(r))).toBe(true);
  });

  test('page 1 renders to a PNG kept in test-results/screenshots', () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(work, 'page1.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      join(SCREENSHOTS, 'roadmap-page1'),
    ]);
    const png = readFileSync(join(SCREENSHOTS, 'roadmap-page1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(SCREENSHOTS, 'roadmap-page1.png')).size).toBeGreaterThan(20_000);
  });

  test('?lang=en gives the English roadmap', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/roadmap.pdf?lang=en`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/-en\.pdf"/);
    const { flat: text } = pdfText(res.rawPayload, 'route-en');
    expect(text).toContain(flat('Improvement roadmap'));
    expect(text).toContain(flat('Phase 1: reach Level 3 Integrated'));
    expect(text).toContain(flat('Phase 2: reach Level 4 Optimized'));
    expect(text).toContain(flat('Appendix: how the score was computed'));
    expect(text).toContain(flat(ent.body.organization.name));
    expect(text).not.toContain('提升路线');
    const { boxes } = wordBoxes(res.rawPayload, 'route-en');
    expect(overlaps(boxes).map(([a, b]) => `p${a.page}: ${a.word} × ${b.word}`)).toEqual([]);
  });

  test('has the report’s authorization: another enterprise gets 404, no token 401', async () => {
    const other = await registerEnterprise(t.app);
    const url = `/api/v1/assessments/${id}/roadmap.pdf`;
    expect((await t.app.inject({ method: 'GET', url, headers: other.headers })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessments/00000000-0000-4000-8000-000000000000/roadmap.pdf',
      headers: ent.headers,
    });
    expect(missing.statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: `${url}?lang=fr`, headers: ent.headers });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('querystring.lang');
    const badId = await t.app.inject({
      method: 'GET',
      url: '/api/v1/assessments/not-a-uuid/roadmap.pdf',
      headers: ent.headers,
    });
    expect(badId.statusCode).toBe(400);
  });

  test('once signed off, the cover names the assessor and the judgment', async () => {
    const assessor = await login(t.app, 'assessor@zhiping.local', 'Demo@2026!');
    const claimed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${id}/claim`,
      headers: assessor.headers,
    });
    expect(claimed.statusCode).toBe(200);
    const signed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${id}/sign-off`,
      headers: assessor.headers,
      payload: {
        revision: claimed.json<{ revision: number }>().revision,
        judgment: 'confirmed',
        opinion: '企业二级要求总体落实到位，维持自评二级结论，建议优先推进集成类提升项目。',
      },
    });
    expect(signed.statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/roadmap.pdf`,
      headers: ent.headers,
    });
    const { text, flat: all } = pdfText(res.rawPayload, 'route-signed');
    const cover = text.split('\f')[0]!;
    expect(flat(cover)).toContain('评估师评定结果');
    expect(flat(cover)).toContain(flat(assessor.session.user.displayName));
    expect(flat(cover)).toContain('维持自评等级');
    expect(all).toContain(flat('维持自评二级结论'));
  });
});

// ---- Extreme content, rendered directly ----

const LONG = '超长文本用于检验换行与分页是否会丢字或重叠。';
const text = (zh: string, en = zh) => ({ zh, en });

/** 10 sub-domains with very long names × 5 levels × 4 requirements = 200 requirements. */
function extremeSystem(): IndicatorSystemInput {
  const subdomains = Array.from({ length: 10 }, (_, s) => {
    const sid = `x${String(s + 1).padStart(2, '0')}`;
    const requirements = Array.from({ length: 20 }, (_, k) => {
      const level = (Math.floor(k / 4) + 1) as Level;
      const rid = `${sid}.L${level}.${String((k % 4) + 1).padStart(2, '0')}`;
      const n = s * 20 + k;
      // One requirement at the 4000-character limit, some long, the rest ordinary.
      const body =
        n === 57
          ? `${LONG.repeat(180)}结束标记END-OF-LONGEST`.slice(-4000)
          : n % 23 === 0
            ? `应${LONG.repeat(30)}${rid}`
            : `应建立与${rid}对应的管理和技术措施，并保留记录（Requirement ${rid} with mixed Latin text）。`;
      return {
        id: rid,
        level,
        text: text(
          body,
          `The enterprise shall meet ${rid}. ${'A long English sentence. '.repeat(n % 23 === 0 ? 40 : 1)}`,
        ),
        guidance: text('说明', 'Guidance'),
      };
    });
    return {
      id: sid,
      name: text(
        `第${s + 1}个${'名称极长的能力子域'.repeat(12)}`,
        `Sub-domain ${s + 1} ${'with an extremely long name '.repeat(8)}`,
      ),
      weight: s + 1,
      requirements,
    };
  });
  return {
    format: 'zhiping.indicator-system/1',
    code: 'extreme',
    version: '1',
    name: text(`极端内容测试体系${'名称很长'.repeat(30)}`, 'Extreme content test system'),
    levels: ['一级 规划级', '二级 规范级', '三级 集成级', '四级 优化级', '五级 引领级'].map(
      (zh, i) => ({
        level: (i + 1) as Level,
        name: text(zh, `Level ${i + 1}`),
        description: text(zh),
      }),
    ),
    tree: [{ id: 'd1', name: text('唯一能力域'), weight: 1, children: subdomains }],
    profiles: [{ id: 'default', name: text('默认'), productionType: 'discrete' }],
  };
}

function extremeStandards(): StandardInput[] {
  const link = (subdomainId: string) => ({
    systemCode: 'extreme',
    subdomainId,
    reason: text(`理由：${'该标准帮助满足此能力子域的多项要求。'.repeat(15)}`),
  });
  return [
    {
      number: 'GB/T 99901-2099',
      title: text(`一个标题极其冗长的推荐标准${'第一部分：通用要求与实施指南'.repeat(6)}`),
      summary: text('摘要'.repeat(100)),
      frameworkCode: 'BC',
      links: ['x01', 'x02', 'x03', 'x04', 'x05', 'x06', 'x07', 'x08', 'x09', 'x10'].map(link),
    },
    {
      number: 'GB/T 99902.1~99902.11-2099',
      title: text('多部分标准'),
      summary: text('摘要'),
      frameworkCode: 'AB',
      links: [link('x03')],
    },
    {
      number: 'GB/T 99999-2099',
      title: text('未确认的标准'),
      summary: text('摘要'),
      frameworkCode: 'BC',
      uncertain: true,
      links: [link('x01')],
    },
  ];
}

describe('a report with extreme content', () => {
  const system = indicatorSystemSchema.parse(extremeSystem());
  const answers: Record<string, AnswerChoice> = {};
  const choices: AnswerChoice[] = ['none', 'partial', 'none', 'most', 'none'];
  let i = 0;
  for (const sd of system.tree[0]!.children!) {
    for (const r of sd.requirements!) answers[r.id] = choices[i++ % choices.length]!;
  }
  const self = computeReport({
    system,
    profileId: 'default',
    tailoring: [],
    answers,
    targetLevel: 5,
  });
  const longName = `极端测试${'超长企业名称有限责任公司'.repeat(20)}`;
  const base = roadmapPdfData({
    generatedAt: new Date('2026-11-26T00:00:00Z'),
    enterprise: {
      name: longName,
      industry: 'textile',
      size: 'large',
      region: '某省某市'.repeat(20),
    },
    assessment: { id: 'x', title: '标题'.repeat(80), status: 'submitted', submittedAt: null },
    system,
    self,
    assessed: null,
    basis: 'self',
    review: null,
    standards: extremeStandards().map((s) => standardSchema.parse(s)),
  });
  const ids = Object.keys(answers);

  test('200 gaps: every requirement id is found, the longest text in full, pages are sane, nothing overlaps', async () => {
    expect(self.gaps).toHaveLength(200);
    const pdf = await renderRoadmapPdf(base, { lang: 'zh-CN' });
    const { flat: all, pages } = pdfText(pdf, 'extreme');
    const missing = ids.filter((rid) => !all.includes(rid));
    expect(missing).toEqual([]);
    expect(all).toContain('结束标记END-OF-LONGEST');
    expect(all).toContain(flat(longName));
    expect(all).toContain('GB/T99902.1~99902.11-2099');
    expect(all).not.toContain('GB/T99999-2099');
    for (const p of base.recommendations.phases)
      expect(all).toContain(flat(`达到${p.levelName.zh}`));
    // Each id appears in the gap table and in its phase: at least twice.
    for (const rid of ids) expect(all.split(rid).length - 1, rid).toBeGreaterThanOrEqual(2);
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(200);

    const { boxes, width, height } = wordBoxes(pdf, 'extreme');
    expect(overlaps(boxes).map(([a, b]) => `p${a.page}: ${a.word} × ${b.word}`)).toEqual([]);
    const outside = boxes.filter((b) => b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height);
    expect(outside).toEqual([]);
  });

  test('empty sections: no gaps, no phases, no standards, no benchmark still lay out', async () => {
    const empty = {
      ...base,
      gaps: [],
      tailoring: [],
      benchmark: null,
      recommendations: { ...base.recommendations, phases: [], consolidation: [], standards: [] },
    };
    const pdf = await renderRoadmapPdf(empty, { lang: 'zh-CN' });
    const { flat: all, pages } = pdfText(pdf, 'empty');
    expect(all).toContain('目标等级及以下的要求均已完全满足');
    expect(all).toContain('已达到目标等级');
    expect(all).not.toContain('四、对标');
    expect(pages).toBeLessThanOrEqual(10);
    const { boxes } = wordBoxes(pdf, 'empty');
    expect(overlaps(boxes)).toEqual([]);
  });

  test('a phase without standards, an absent level and English text lay out too', async () => {
    const [first, ...rest] = base.recommendations.phases;
    const odd = {
      ...base,
      recommendations: {
        ...base.recommendations,
        phases: [
          { ...first!, standards: [], items: first!.items.map((i) => ({ ...i, standards: [] })) },
          { ...rest[0]!, present: false, items: [], standards: [], scenarios: [] },
          ...rest.slice(1),
        ],
      },
    };
    const pdf = await renderRoadmapPdf(odd, { lang: 'en' });
    const { flat: all } = pdfText(pdf, 'odd-en');
    expect(all).toContain(
      flat('No confirmed standard of the catalog addresses these requirements yet.'),
    );
    expect(all).toContain(flat('Nothing is asked at this level in this assessment'));
    expect(ids.filter((rid) => !all.includes(rid))).toEqual([]);
    const { boxes } = wordBoxes(pdf, 'odd-en');
    expect(overlaps(boxes).slice(0, 5)).toEqual([]);
  });
});
