import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  login,
  publishedVersion,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';
import {
  cmmm2020,
  fullReport,
  PATTERN,
  PATTERN_BELOW_L1,
  PATTERN_L4,
} from './roadmap-pdf-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
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
  let board: Buffer;

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
      url: `/api/v1/assessments/${id}/roadmap.pdf?edition=full`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    pdf = res.rawPayload;
    const boardRes = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/roadmap.pdf`,
      headers: ent.headers,
    });
    expect(boardRes.statusCode).toBe(200);
    board = boardRes.rawPayload;
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
    const full = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${id}/roadmap.pdf?edition=full&lang=en`,
      headers: ent.headers,
    });
    expect(full.headers['content-disposition']).toMatch(/-full-en\.pdf"/);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  test('the board edition (default) is short; the full edition adds every table', () => {
    const b = pdfText(board, 'route-board');
    const f = pdfText(pdf, 'route-full');
    expect(b.pages).toBeLessThanOrEqual(12);
    expect(f.pages).toBeGreaterThan(b.pages);
    expect(b.flat).toContain('一、执行摘要');
    expect(b.flat).not.toContain('附录A');
    expect(f.flat).toContain(flat('附录 A：差距清单'));
    // Never the internal code of the model, on the cover or in a footer.
    expect(b.text).not.toMatch(/cmmm/i);
    expect(f.text).not.toMatch(/cmmm/i);
  });

  test('the report shows standards for the production type only, ranked, with a quick-win rule', () => {
    const numbers = report.recommendations.flatMap((r) => r.standards.map((s) => s.number));
    expect(numbers).not.toContain('GB/T 38848-2020');
    const plan = report.standardsPlan;
    expect(plan.productionType).toBe('discrete');
    expect(plan.standards.filter((s) => s.top)).toHaveLength(
      Math.min(plan.topStandards, plan.standards.length),
    );
    expect(plan.standards.some((s) => s.number === 'GB/T 38848-2020')).toBe(false);
    for (const s of plan.standards) expect(s.requirements.length).toBeGreaterThan(0);
    expect(plan.quickWins.length).toBeLessThanOrEqual(plan.quickWinLimit);
    expect(plan.quickWinDefinition.zh).toContain('速赢');
    expect(plan.frameworkParts.map((p) => p.code)).toEqual(['A', 'B', 'C']);
    const skills = report.recommendations.find((r) => r.subdomainId === 'skills');
    expect(skills?.standards).toEqual([]);
    expect(skills?.noStandardNote?.zh).toContain('尚无');
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
    const first = pages.findIndex((p) => p.includes(flat('附录 A：差距清单')));
    const last = pages.findIndex((p) => p.includes(flat('附录 B：各阶段全部提升项')));
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
      url: `/api/v1/assessments/${id}/roadmap.pdf?lang=en&edition=full`,
      headers: ent.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/-full-en\.pdf"/);
    const { flat: text } = pdfText(res.rawPayload, 'route-en');
    expect(text).toContain(flat('3. Improvement roadmap'));
    expect(text).toContain(flat('Phase 1: reach Level 3 Integrated'));
    expect(text).toContain(flat('Phase 2: reach Level 4 Optimized'));
    expect(text).toContain(flat('Appendix D: How the score was computed'));
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
    const badEdition = await t.app.inject({
      method: 'GET',
      url: `${url}?edition=summary`,
      headers: ent.headers,
    });
    expect(badEdition.statusCode).toBe(400);
    expect(JSON.stringify(badEdition.json())).toContain('querystring.edition');
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
    expect(flat(cover)).toContain(flat(`评估师评定（${assessor.session.user.displayName}）`));
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
    const pdf = await renderRoadmapPdf(base, { lang: 'zh-CN', edition: 'full' });
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
    const board = await renderRoadmapPdf(empty, { lang: 'zh-CN' });
    expect(pdfText(board, 'empty-board').pages).toBeLessThanOrEqual(8);
    const pdf = await renderRoadmapPdf(empty, { lang: 'zh-CN', edition: 'full' });
    const { flat: all, pages } = pdfText(pdf, 'empty');
    expect(all).toContain('目标等级及以下的要求均已完全满足');
    expect(all).toContain('已达到目标等级');
    expect(all).not.toContain(flat('附录 C：对标数据'));
    expect(pages).toBeLessThanOrEqual(13);
    const { boxes } = wordBoxes(pdf, 'empty');
    expect(overlaps(boxes)).toEqual([]);
  });

  test('no orphan table rows: a table never leaves its last row, or its first, alone on a page', async () => {
    const empty = {
      ...base,
      tailoring: [],
      benchmark: null,
      recommendations: { ...base.recommendations, phases: [], consolidation: [], standards: [] },
    };
    const gap = base.gaps[1]!;
    const alone: string[] = [];
    // One-line rows, 38 to a page after the heading and 42 on the next: every count around
    // one and two pages' capacity (39 and 81 left a single row on the last page before).
    for (const n of [36, 37, 38, 39, 40, 41, 78, 79, 80, 81, 82, 83]) {
      const gaps = Array.from({ length: n }, (_, k) => ({
        ...gap,
        requirementId: `row-${String(k + 1).padStart(3, '0')}`,
        requirement: text(`第 ${k + 1} 行`),
        subdomainName: text('子域'),
      }));
      const pdf = await renderRoadmapPdf({ ...empty, gaps }, { lang: 'zh-CN', edition: 'full' });
      const file = join(work, `orphans-${n}.pdf`);
      writeFileSync(file, pdf);
      const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
      }).split('\f');
      const counts = pages
        .map((p) => (p.match(/row-\d{3}/g) ?? []).length)
        .filter((count) => count > 0);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      if (counts.length > 1 && (counts[0] === 1 || counts.at(-1) === 1)) {
        alone.push(`${n} rows: ${counts.join(' + ')}`);
      }
    }
    expect(alone).toEqual([]);
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
    const pdf = await renderRoadmapPdf(odd, { lang: 'en', edition: 'full' });
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

// ---- Board and full editions for three result shapes (issue #16) ----

/** Level-1 headings: each opens a section on a new page. */
const SECTION_HEADINGS = {
  zh: [
    '一、执行摘要',
    '二、等级得分与能力子域',
    '三、提升路线图',
    '四、各阶段推荐标准',
    '五、差距热力图',
    '附录 A：差距清单',
    '附录 B：各阶段全部提升项',
    '附录 C：对标数据',
    '附录 D：评分方法与有效权重',
  ],
  en: [
    '1. Executive summary',
    '2. Level scores and sub-domains',
    '3. Improvement roadmap',
    '4. Standards to adopt per phase',
    '5. Gap heat map',
    'Appendix A: Gaps',
    'Appendix B: Every item of each phase',
    'Appendix C: Benchmark figures',
    'Appendix D: How the score was computed',
  ],
} as const;

/** Least share of a page's body rows holding ink, on every page but a section's last. */
const MIN_FILL = 0.25;

/**
 * Per page, the share of the body's pixel rows (between the top and bottom margins) that hold
 * any non-white pixel, from `pdftoppm -gray -r 20`. pdftoppm writes binary PGM (P5): a
 * three-token header and one byte per pixel, read here without a decoder.
 */
function pageFills(pdf: Buffer, name: string): number[] {
  const dir = mkdtempSync(join(work, `${name}-fill-`));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '20', file, join(dir, 'p')]);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort();
  return pages.map((f) => {
    const bytes = readFileSync(join(dir, f));
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
    expect(header, f).not.toBeNull();
    const [all, w, h] = [header![0].length, Number(header![1]), Number(header![2])];
    const px = bytes.subarray(all);
    expect(px.length).toBe(w * h);
    const top = Math.round((56 / 842) * h);
    const bottom = h - Math.round((50 / 842) * h);
    let inked = 0;
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < w; x++) {
        if (px[y * w + x]! < 235) {
          inked++;
          break;
        }
      }
    }
    return inked / (bottom - top);
  });
}

const SHAPES = [
  { name: 'below-l1', label: '未达一级', level: 0, pattern: PATTERN_BELOW_L1, target: 3 },
  { name: 'l2', label: '二级', level: 2, pattern: PATTERN, target: 4 },
  { name: 'l4', label: '四级', level: 4, pattern: PATTERN_L4, target: 5 },
] as const;

describe.each(SHAPES)('the roadmap PDF of a $label result', (shape) => {
  const { data } = fullReport({
    targetLevel: shape.target,
    pattern: shape.pattern,
    name: '苏州精工零部件有限公司',
  });
  const editions = {} as Record<string, Buffer>;
  beforeAll(async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const edition of ['board', 'full'] as const) {
        editions[`${lang}/${edition}`] = await renderRoadmapPdf(data, { lang, edition });
      }
    }
  });

  test('has the expected result shape', () => {
    expect(data.result.maturityLevel).toBe(shape.level);
    expect(data.recommendations.phases).toHaveLength(shape.target - shape.level);
  });

  test.each(['zh-CN', 'en'] as const)(
    '%s: board ≤ 12 pages, full longer; both read back',
    (lang) => {
      const key = lang === 'en' ? 'en' : 'zh';
      const board = pdfText(editions[`${lang}/board`]!, `${shape.name}-${lang}-board`);
      const full = pdfText(editions[`${lang}/full`]!, `${shape.name}-${lang}-full`);
      expect(board.pages).toBeLessThanOrEqual(12);
      expect(full.pages).toBeGreaterThan(board.pages);
      const boardHeadings = SECTION_HEADINGS[key].slice(0, 5);
      for (const h of boardHeadings) {
        expect(board.flat, h).toContain(flat(h));
        expect(full.flat, h).toContain(flat(h));
      }
      for (const h of SECTION_HEADINGS[key].slice(5)) {
        expect(board.flat, h).not.toContain(flat(h));
        expect(full.flat, h).toContain(flat(h));
      }
      for (const t of [board.text, full.text]) {
        expect(t).not.toMatch(/cmmm/i);
        expect(flat(t)).toContain(flat(data.system.name[key]));
      }
      // The full edition keeps every gap, by id; the board edition names none by id.
      for (const gap of data.gaps) expect(full.flat).toContain(gap.requirementId);
      expect(data.gaps.filter((g) => board.flat.includes(g.requirementId))).toEqual([]);
    },
  );

  test.each(['zh-CN', 'en'] as const)(
    '%s: the cover names the industry once, the model in words, the number and the mode',
    (lang) => {
      const { text } = pdfText(editions[`${lang}/board`]!, `${shape.name}-${lang}-cover`);
      const cover = flat(text.split('\f')[0]!);
      const industry = lang === 'en' ? 'Automotive' : '汽车';
      expect(cover.split(industry).length - 1).toBe(1);
      expect(cover).toContain(flat(lang === 'en' ? data.system.name.en : data.system.name.zh));
      expect(cover).toMatch(/ZP-[0-9A-F]{8}/);
      expect(cover).toContain(
        flat(lang === 'en' ? 'Self-assessment by the enterprise' : '企业自评估'),
      );
      expect(cover).toContain('2026-11-26');
    },
  );

  test.each(['zh-CN', 'en'] as const)(
    '%s: the executive summary is one page with strengths, priorities and position',
    (lang) => {
      const key = lang === 'en' ? 'en' : 'zh';
      const { text } = pdfText(editions[`${lang}/board`]!, `${shape.name}-${lang}-summary`);
      const pages = text.split('\f').map(flat);
      const at = pages.findIndex((p) => p.includes(flat(SECTION_HEADINGS[key][0])));
      expect(at).toBe(1);
      const page = pages[at]!;
      const next = pages[at + 1]!;
      expect(next).toContain(flat(SECTION_HEADINGS[key][1]));
      for (const label of key === 'en'
        ? ['Three strengths', 'Five priorities', 'Position', 'Quick wins']
        : ['三项优势', '五项优先事项', '对标位置', '速赢的定义']) {
        expect(page, label).toContain(flat(label));
      }
      for (const item of data.recommendations.priorities) {
        expect(page).toContain(flat(item.requirement[key]).slice(0, 12));
      }
      expect(page).toContain(flat(data.recommendations.quickWinDefinition[key]).slice(0, 20));
      // No peer data in this report: it says so.
      expect(page).toContain(flat(key === 'en' ? 'holds no peer figures' : '没有平台内同行数据'));
    },
  );

  test.each(['zh-CN', 'en'] as const)(
    '%s: phases in quarters with effort, owners and the expected result; a handful of standards each',
    (lang) => {
      const key = lang === 'en' ? 'en' : 'zh';
      const { flat: all, text } = pdfText(
        editions[`${lang}/board`]!,
        `${shape.name}-${lang}-phases`,
      );
      const rec = data.recommendations;
      rec.phases.forEach((p, i) => {
        const heading =
          key === 'en'
            ? `Phase ${i + 1}: reach ${p.levelName.en}`
            : `阶段 ${i + 1}：达到${p.levelName.zh}`;
        expect(all).toContain(flat(heading));
        for (const o of p.plan.owners) expect(all).toContain(flat(o.name[key]));
        expect(all).toContain(p.plan.expectedScore.toFixed(2));
        for (const use of p.standards.filter((s) => s.top))
          expect(all).toContain(flat(use.standard.number));
        expect(p.standards.filter((s) => s.top).length).toBeLessThanOrEqual(4);
      });
      const q = 2027;
      expect(all).toContain(key === 'en' ? `Q1${q}` : `${q}年Q1`);
      if (key === 'en') {
        // English plurals: never "1 phases", "1 quarters", "1 requirements".
        expect(text).not.toMatch(/\b1 (phases|quarters|requirements|items|points|standards)\b/);
        if (rec.phases.length === 1) expect(text).toMatch(/\b1 phase\b/);
      }
    },
  );

  test.each(['zh-CN', 'en'] as const)(
    '%s: every page but a section’s last is at least a quarter filled',
    (lang) => {
      const key = lang === 'en' ? 'en' : 'zh';
      for (const edition of ['board', 'full'] as const) {
        const pdf = editions[`${lang}/${edition}`]!;
        const { text } = pdfText(pdf, `${shape.name}-${lang}-${edition}-fill`);
        const pages = text
          .split('\f')
          .map(flat)
          .filter((p, i, all) => p !== '' || i < all.length - 1);
        const fills = pageFills(pdf, `${shape.name}-${lang}-${edition}`);
        expect(fills).toHaveLength(pages.length);
        const opens = (p: string) => SECTION_HEADINGS[key].some((h) => p.includes(flat(h)));
        const sparse = fills
          .map((fill, i) => ({ page: i + 1, fill }))
          .filter(({ page, fill }) => {
            const last = page === fills.length || opens(pages[page]!);
            return page > 1 && !last && fill < MIN_FILL;
          });
        expect(sparse, `${edition}`).toEqual([]);
        const { boxes, width, height } = wordBoxes(pdf, `${shape.name}-${lang}-${edition}-boxes`);
        expect(overlaps(boxes).map(([a, b]) => `p${a.page}: ${a.word} × ${b.word}`)).toEqual([]);
        expect(boxes.filter((b) => b.x1 > width || b.y1 > height)).toEqual([]);
      }
    },
  );
});

describe('a draft-for-comments version', () => {
  test('the cover says 征求意见稿 with the notice, and every footer names it', async () => {
    const { input } = fullReport();
    const data = roadmapPdfData({ ...input, system: { ...input.system, draftForComments: true } });
    for (const [lang, label, notice] of [
      ['zh-CN', '征求意见稿', '不能作为正式评估结论引用'],
      ['en', 'draft for comments', 'not as a formal assessment conclusion'],
    ] as const) {
      const pdf = await renderRoadmapPdf(data, { lang });
      const { text } = pdfText(pdf, `draft-${lang}`);
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      expect(flat(pages[0]!)).toContain(flat(notice));
      for (const page of pages) expect(flat(page)).toContain(flat(label));
    }
    const plain = pdfText(await renderRoadmapPdf(fullReport().data, { lang: 'zh-CN' }), 'issued');
    expect(plain.flat).not.toContain('征求意见稿');
  });
});
