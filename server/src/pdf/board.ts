import {
  FRAMEWORK_NOTE,
  HEATMAP_LIFECYCLE,
  HEATMAP_SYSTEM_LEVEL,
  NATIONAL_BAND_LABELS,
  NATIONAL_BANDS,
  OWNER_ROLES,
  PHASE_STANDARDS,
  round2,
  type RecommendationItem,
  type RecommendationPhase,
  type StandardUse,
} from '@zhiping/shared';
import type { BoardMessages } from './board-i18n.ts';
import { COLORS, type Canvas, type CellPart } from './canvas.ts';
import { levelBars, radarChart, radarNeedsNumbers } from './charts.ts';
import { pick, type Lang, type Messages } from './i18n.ts';
import type { PdfResult, RoadmapPdfData } from './types.ts';
import { at, defined } from '../lib/invariant.ts';

export interface BoardContext {
  lang: Lang;
  t: Messages;
  b: BoardMessages;
  full: boolean;
}

const fmt2 = (v: number) => round2(v).toFixed(2);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const pct = (v: number, digits = 0) => `${(v * 100).toFixed(digits)}%`;

/** Items a phase lists in the board edition (the rest are in the full edition's appendix). */
export const KEY_ITEMS = 6;

/** The assessment number printed on the cover: ZP- and the first 8 hex digits of its id. */
export function assessmentNumber(id: string): string {
  const hex = id
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 8)
    .toUpperCase();
  return `ZP-${hex || id.slice(0, 8).toUpperCase()}`;
}

/** Calendar quarter `offset` quarters after the one following the report date. */
export function quarterOf(reportDate: Date, offset: number): { year: number; quarter: number } {
  const index =
    reportDate.getUTCFullYear() * 4 + Math.floor(reportDate.getUTCMonth() / 3) + 1 + offset;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

function quarterLabel(b: BoardMessages, reportDate: Date, offset: number): string {
  const q = quarterOf(reportDate, offset);
  return b.quarter(q.year, q.quarter);
}

/** Label/value rows, the value wrapped beside its label. */
function facts(c: Canvas, rows: readonly [string, string][], labelWidth = 96, size = 10): void {
  for (const [label, value] of rows) {
    const lines = c.lines(value || '—', c.width - labelWidth, { size });
    const height = lines.reduce((h, l) => h + l.height, 0);
    c.ensure(height);
    c.label(label, c.left, c.y + 2.5, { size: size - 0.5, color: COLORS.muted });
    for (const line of lines) {
      c.drawLine(line, c.left + labelWidth, c.y, c.width - labelWidth);
      c.y += line.height;
    }
    c.y += 3;
  }
}

interface Kpi {
  title: string;
  value: string;
  note?: string | undefined;
  color: string;
}

/** Boxes side by side, all as tall as the tallest. */
function kpiBoxes(c: Canvas, boxes: readonly Kpi[], valueSize = 15): void {
  const gap = 10;
  const width = (c.width - gap * (boxes.length - 1)) / boxes.length;
  const inner = width - 16;
  const values = boxes.map((k) =>
    c.lines(k.value, inner, { weight: 'bold', size: valueSize, color: k.color }),
  );
  const notes = boxes.map((k) =>
    k.note ? c.lines(k.note, inner, { size: 7.5, color: COLORS.muted }) : [],
  );
  const h = (ls: { height: number }[]) => ls.reduce((s, l) => s + l.height, 0);
  const valuesHeight = Math.max(...values.map(h));
  const notesHeight = Math.max(...notes.map(h));
  const height = 28 + valuesHeight + (notesHeight ? notesHeight + 5 : 0) + 6;
  c.ensure(height);
  boxes.forEach((k, i) => {
    const x = c.left + i * (width + gap);
    c.doc.roundedRect(x, c.y, width, height, 5).lineWidth(1).fillAndStroke('#f7f9fc', k.color);
    c.label(k.title, x + 8, c.y + 8, { size: 8, color: COLORS.muted });
    let y = c.y + 22;
    for (const line of at(values, i)) {
      c.drawLine(line, x + 8, y, inner);
      y += line.height;
    }
    y = c.y + 22 + valuesHeight + 5;
    for (const line of at(notes, i)) {
      c.drawLine(line, x + 8, y, inner);
      y += line.height;
    }
  });
  c.y += height + 10;
}

function subheading(c: Canvas, text: string, keep = 50): void {
  c.heading(text, 3, keep);
}

export function boardCover(c: Canvas, data: RoadmapPdfData, { lang, t, b, full }: BoardContext) {
  c.doc.rect(0, 0, c.doc.page.width, 8).fill(COLORS.primary);
  c.y = c.top + 6;
  c.paragraph(t.product, { size: 10, color: COLORS.muted, after: 22 });
  c.paragraph(b.reportTitle, { size: 24, weight: 'bold', color: COLORS.primary, after: 4 });
  c.paragraph(b.reportSubtitle, { size: 17, weight: 'bold', color: COLORS.primary, after: 26 });
  c.paragraph(data.enterprise.name, { size: 18, weight: 'bold', after: 18 });

  const assessed = data.basis === 'assessed';
  const result = (r: PdfResult) => `${pick(r.levelName, lang)}  ${fmt2(r.score)}`;
  kpiBoxes(
    c,
    [
      {
        title: assessed ? t.basisAssessed : t.basisSelf,
        value: result(data.result),
        note: `${b.kpiTier}${t.colon}${data.tierName ? pick(data.tierName, lang) : b.tierNone}`,
        color: COLORS.primary,
      },
      assessed
        ? {
            title: t.basisSelf,
            value: result(data.self),
            color: COLORS.accent,
          }
        : {
            title: t.targetLevel,
            value: pick(data.targetLevelName, lang),
            note: `≥ ${fmt2(data.targetLevel - 1 + data.parameters.threshold)}`,
            color: COLORS.target,
          },
    ],
    18,
  );
  c.space(10);

  const industry = pick(data.enterprise.industry, lang);
  const profile = pick(data.profileName, lang);
  const type = b.productionTypes[data.recommendations.productionType] ?? '';
  const review = data.review;
  const mode = assessed
    ? b.modeAssessed(review?.assessorName ?? null)
    : review?.assessorName
      ? b.modeInReview
      : b.modeSelf;
  const rows: [string, string][] = [
    [b.assessmentNo, assessmentNumber(data.assessment.id)],
    [t.assessmentTitle, data.assessment.title],
    [
      b.model,
      `${pick(data.system.name, lang)}  ·  ${b.version} ${data.system.version}${data.system.draftForComments ? t.paren(b.draftLabel) : ''}`,
    ],
    [t.industry, industry],
    [b.productionType, type],
  ];
  // The industry once: the profile only when it says something the industry does not.
  if (profile !== industry && profile !== type) rows.push([b.profile, profile]);
  rows.push(
    [t.size, pick(data.enterprise.size, lang)],
    [t.region, data.enterprise.region],
    [b.mode, mode],
    [b.submittedAt, data.assessment.submittedAt ? isoDate(data.assessment.submittedAt) : '—'],
  );
  if (review?.signedOffAt) rows.push([b.signedOffAt, isoDate(review.signedOffAt)]);
  if (assessed && review?.judgment) {
    rows.push([t.judgment, t.judgments[review.judgment] ?? review.judgment]);
  }
  rows.push([b.reportDate, isoDate(data.generatedAt)], [b.editionLabel, b.edition(full)]);
  facts(c, rows);
  if (data.system.draftForComments) {
    c.space(10);
    c.paragraph(b.draftNotice, { size: 9.5, weight: 'bold', color: COLORS.target });
  }
}

/** Sub-domains by score, best first (ties by name), at least level 1. */
function strengths(data: RoadmapPdfData) {
  const basis = (s: RoadmapPdfData['subdomains'][number]) =>
    data.basis === 'assessed' ? s.assessed : s.self;
  return data.subdomains
    .filter((s) => !s.tailoredOut && !s.notApplicable && (basis(s) ?? 0) >= 1)
    .map((s) => ({ s, score: basis(s) ?? 0 }))
    .sort((a, z) => z.score - a.score || (a.s.name.zh < z.s.name.zh ? -1 : 1))
    .slice(0, 3);
}

export function executiveSummary(
  c: Canvas,
  data: RoadmapPdfData,
  { lang, t, b }: BoardContext,
): void {
  c.heading(b.summary, 1);
  const rec = data.recommendations;
  const result = data.result;
  kpiBoxes(c, [
    { title: b.kpiLevel, value: pick(result.levelName, lang), color: COLORS.primary },
    { title: b.kpiScore, value: fmt2(result.score), color: COLORS.primary },
    {
      title: b.kpiTier,
      value: data.tierName ? pick(data.tierName, lang) : b.tierNone,
      color: COLORS.good,
    },
    { title: b.kpiTarget, value: pick(data.targetLevelName, lang), color: COLORS.target },
  ]);

  const basis = data.basis === 'assessed' ? b.basisAssessed : b.basisSelf;
  const sep = lang === 'en' ? ' ' : '';
  let lead = b.lead(basis, pick(result.levelName, lang), fmt2(result.score));
  const phases = rec.phases;
  const next = data.levels.find((l) => l.level === result.maturityLevel + 1);
  if (next && result.maturityLevel < data.targetLevel) {
    const score = data.basis === 'assessed' ? next.assessed : next.self;
    lead +=
      sep +
      (score === null
        ? b.leadNextAbsent(pick(next.name, lang))
        : b.leadNext(
            pick(next.name, lang),
            fmt2(score),
            fmt2(Math.max(0, data.parameters.threshold - score)),
          ));
  }
  if (phases.length) {
    const last = at(phases, phases.length - 1);
    const quarters = last.plan.startOffset + last.plan.quarters;
    lead += sep;
    lead += b.leadPlan(
      phases.length,
      quarters,
      quarterLabel(b, data.generatedAt, Math.max(0, quarters - 1)),
      pick(data.targetLevelName, lang),
    );
  } else lead += sep + b.leadReached(pick(data.targetLevelName, lang));
  c.paragraph(lead, { size: 10, after: 8 });

  subheading(c, b.strengths);
  const best = strengths(data);
  if (best.length === 0) c.paragraph(b.noStrengths, { size: 9 });
  for (const { s, score } of best) {
    const level = s.selfLevel === null ? t.absent : t.levelShort(Math.floor(score));
    c.paragraph(`•  ${b.strength(pick(s.name, lang), fmt2(score), level)}`, {
      size: 9.5,
      after: 2,
    });
  }

  subheading(c, b.priorities, 80);
  const first = phases.find((p) => p.items.length > 0);
  if (!first || rec.priorities.length === 0) c.paragraph(b.noPriorities, { size: 9 });
  else {
    c.paragraph(b.prioritiesIntro(pick(first.levelName, lang)), {
      size: 8,
      color: COLORS.muted,
      after: 4,
    });
    c.table(
      [
        { header: t.colNo, width: 0.35, align: 'right' },
        { header: b.colPriority, width: 5.2 },
        { header: b.colGain, width: 1.35, align: 'right' },
        { header: b.colOwner, width: 1.5 },
      ],
      rec.priorities.map((item, i) => [
        String(i + 1),
        [
          { text: pick(item.requirement, lang) },
          {
            text: `${pick(item.subdomainName, lang)} · ${t.levelShort(item.level)}${item.quickWin ? ` · ${b.quickWin}` : ''}`,
            color: item.quickWin ? COLORS.good : COLORS.muted,
            size: 7,
          },
        ],
        b.gain(fmt2(item.impact), t.levelShort(item.level)),
        ownerName(item, lang),
      ]),
      { size: 8 },
    );
  }

  subheading(c, b.position);
  const bm = data.benchmark;
  if (bm) {
    const latest = [...bm.national].sort((x, y) => y.year - x.year)[0];
    if (latest) {
      const at = NATIONAL_BANDS.indexOf(bm.band);
      const above = NATIONAL_BANDS.slice(at + 1).reduce((n, band) => n + latest.percent[band], 0);
      c.paragraph(
        b.national(
          latest.year,
          pick(NATIONAL_BAND_LABELS[bm.band], lang),
          latest.percent[bm.band],
          above,
        ),
        { size: 9, after: 2 },
      );
    }
    if (bm.peers.length === 0) c.paragraph(b.peersNone, { size: 9, after: 2 });
    for (const g of bm.peers) {
      c.paragraph(
        g.available && g.percentile !== null
          ? b.peers(pick(g.label, lang), g.peers, pct(g.percentile))
          : b.peersTooFew(pick(g.label, lang), g.peers, bm.minimumPeers ?? 0),
        { size: 9, after: 2 },
      );
    }
  } else c.paragraph(b.peersNone, { size: 9 });

  if (data.review?.opinion) {
    subheading(c, b.opinion, 30);
    c.paragraph(data.review.opinion, { size: 9, after: 4 });
  }
  subheading(c, b.quickWinTitle, 24);
  c.paragraph(pick(rec.quickWinDefinition, lang), { size: 8.5, color: COLORS.muted });
}

function ownerName(item: RecommendationItem, lang: Lang): string {
  return OWNER_NAMES[item.owner]?.[lang] ?? item.owner;
}

const OWNER_NAMES = OWNER_ROLES as Record<string, { zh: string; en: string }>;

function legend(c: Canvas, x: number, y: number, rows: [string, string][]) {
  rows.forEach(([label, color], i) => {
    c.doc.rect(x, y + i * 13 + 1, 9, 7).fill(color);
    c.label(label, x + 13, y + i * 13, { size: 7.5 });
  });
}

export function chartsPage(c: Canvas, data: RoadmapPdfData, { lang, t, b }: BoardContext): void {
  c.heading(b.charts, 1);
  const assessed = data.assessed !== null;
  const series: [string, string][] = [[b.legendSelf, COLORS.accent]];
  if (assessed) series.push([b.legendAssessed, COLORS.assessed]);

  subheading(c, b.levelChart, 160);
  const barHeight = 150;
  levelBars(
    c,
    { x: c.left, y: c.y, width: c.width * 0.74, height: barHeight },
    data.levels,
    data.parameters.threshold,
    (l) => (lang === 'zh' ? pick(l.name, lang) : `L${l.level}`),
    t.absent,
  );
  legend(c, c.left + c.width * 0.78, c.y + 14, series);
  c.y += barHeight + 2;
  c.paragraph(b.levelChartNote(fmt2(data.parameters.threshold)), {
    size: 7.5,
    color: COLORS.muted,
  });

  const present = data.subdomains.filter(
    (s) => !s.tailoredOut && !s.notApplicable && (s.self !== null || s.assessed !== null),
  );
  // Numbered axes need the key below the chart: a smaller radar leaves it room on the page.
  const labels = present.map((s) => pick(s.name, lang));
  const radarSize = radarNeedsNumbers(c, labels) ? 250 : 300;
  subheading(c, b.radarChart, radarSize);
  const targetScore = data.targetLevel - 1 + data.parameters.threshold;
  const numbered = radarChart(
    c,
    { x: c.left + (c.width - radarSize) / 2 - 30, y: c.y, size: radarSize },
    labels,
    [
      { values: present.map((s) => s.self), color: COLORS.accent },
      ...(assessed ? [{ values: present.map((s) => s.assessed), color: COLORS.assessed }] : []),
    ],
    targetScore,
  );
  legend(c, c.left + c.width - 88, c.y + 8, [...series, [b.legendTarget, COLORS.target]]);
  c.y += radarSize + 4;
  c.paragraph(b.radarNote(fmt2(targetScore)), { size: 7.5, color: COLORS.muted });
  if (numbered) {
    // A compact key in two column pairs.
    const half = Math.ceil(present.length / 2);
    const rows = Array.from({ length: half }, (_, i) => {
      const cell = (k: number) => {
        const s = present[k];
        if (!s) return ['', ''];
        const v = data.basis === 'assessed' ? s.assessed : s.self;
        return [String(k + 1), `${pick(s.name, lang)}  ${v === null ? t.absent : fmt2(v)}`];
      };
      return [...cell(i), ...cell(i + half)];
    });
    c.table(
      [
        { header: t.colNo, width: 0.4, align: 'right' },
        { header: b.radarLegend, width: 3.6 },
        { header: t.colNo, width: 0.4, align: 'right' },
        { header: b.radarLegend, width: 3.6 },
      ],
      rows,
      { size: 6.8 },
    );
  }
}

/** Bars per phase over the quarters from the report date. */
function timelineChart(c: Canvas, data: RoadmapPdfData, { lang, b }: BoardContext): void {
  const phases = data.recommendations.phases;
  const total = Math.max(4, ...phases.map((p) => p.plan.startOffset + p.plan.quarters));
  const labelWidth = 150;
  const rowHeight = 22;
  const colWidth = (c.width - labelWidth) / total;
  // Quarter labels fit one per column up to 8 quarters; beyond, a year row over Q1–Q4 ticks.
  const yearRow = colWidth < 44;
  const headerHeight = yearRow ? 26 : 16;
  const height = headerHeight + phases.length * rowHeight + 4;
  c.ensure(height + 10);
  const { doc } = c;
  const x0 = c.left + labelWidth;
  const y0 = c.y;
  for (let q = 0; q < total; q += 2)
    doc.rect(x0 + q * colWidth, y0, colWidth, height).fill('#f4f7fa');
  for (let q = 0; q < total; q++) {
    const x = x0 + q * colWidth;
    const { year, quarter } = quarterOf(data.generatedAt, q);
    if (yearRow) {
      if (quarter === 1 || q === 0) {
        const span = Math.min(total - q, 5 - quarter);
        c.label(String(year), x, y0 + 2, {
          size: 7,
          weight: 'bold',
          color: COLORS.muted,
          width: span * colWidth,
          align: 'center',
        });
        doc
          .moveTo(x, y0)
          .lineTo(x, y0 + height)
          .lineWidth(0.5)
          .strokeColor(COLORS.rule)
          .stroke();
      }
      c.label(`Q${quarter}`, x, y0 + 13, {
        size: 6,
        color: COLORS.muted,
        width: colWidth,
        align: 'center',
      });
    } else {
      c.label(quarterLabel(b, data.generatedAt, q), x, y0 + 3, {
        size: 6.5,
        color: COLORS.muted,
        width: colWidth,
        align: 'center',
      });
    }
  }
  phases.forEach((p, i) => {
    const y = y0 + headerHeight + i * rowHeight;
    const name = b.phaseHeading(i + 1, pick(p.levelName, lang));
    const line = c.lines(name, labelWidth - 8, { size: 8, weight: 'bold' })[0];
    if (line) c.drawLine(line, c.left, y + 4, labelWidth - 8);
    if (p.plan.quarters > 0) {
      const x = x0 + p.plan.startOffset * colWidth + 2;
      const w = p.plan.quarters * colWidth - 4;
      doc.roundedRect(x, y + 3, w, rowHeight - 8, 3).fill(COLORS.primary);
      const long = `${p.items.length} · ${b.quarters(p.plan.quarters)}`;
      const text = [long, String(p.items.length)].find((t) => c.measure(t, 'regular', 7) <= w - 4);
      if (text) {
        c.label(text, x, y + 6.5, { size: 7, color: '#ffffff', width: w, align: 'center' });
      }
    } else {
      c.label('—', x0 + p.plan.startOffset * colWidth + 4, y + 6, { size: 8 });
    }
  });
  c.y = y0 + height + 8;
}

function phaseBlock(
  c: Canvas,
  data: RoadmapPdfData,
  phase: RecommendationPhase,
  index: number,
  ctx: BoardContext,
): void {
  const { lang, t, b, full } = ctx;
  const { plan } = phase;
  c.heading(b.phaseHeading(index + 1, pick(phase.levelName, lang)), 2, 110);
  if (!phase.present || phase.items.length === 0) {
    c.paragraph(b.absentPhase, { size: 9 });
    return;
  }
  const from = quarterLabel(b, data.generatedAt, plan.startOffset);
  const to = quarterLabel(b, data.generatedAt, plan.startOffset + Math.max(0, plan.quarters - 1));
  const levelName = (level: number) =>
    level === 0 ? t.levelShort(0) : pick(data.levels[level - 1]?.name ?? { zh: '', en: '' }, lang);
  facts(
    c,
    [
      [b.factWhen, `${b.phaseSpan(from, to)}${t.paren(b.quarters(plan.quarters))}`],
      [
        b.factEffort,
        `${b.effortLine(phase.items.length, plan.effort.S, plan.effort.M, plan.effort.L)} · ${b.points(plan.points)}`,
      ],
      [b.factOwners, plan.owners.map((o) => pick(o.name, lang)).join(t.listSep)],
      [b.factExpected, b.expected(levelName(plan.expectedLevel), fmt2(plan.expectedScore))],
    ],
    80,
    9,
  );
  const note = phase.attainedNow
    ? b.attainedNow
    : phase.thresholdReachedAt === null
      ? b.thresholdAll
      : b.threshold(phase.thresholdReachedAt + 1);
  c.paragraph(note, { size: 8.5, color: COLORS.muted, after: 4 });
  const key = phase.items.slice(0, KEY_ITEMS);
  c.table(
    [
      { header: b.colNo, width: 0.35, align: 'right' },
      { header: b.colItem, width: 5.6 },
      { header: b.colEffort, width: 0.6, align: 'center' },
      { header: b.colOwner, width: 1.5 },
    ],
    key.map((item, i) => [
      String(i + 1),
      [
        { text: pick(item.requirement, lang) },
        {
          text: `${pick(item.subdomainName, lang)} · ${pick(item.scenario.name, lang)}${item.quickWin ? ` · ${b.quickWin}` : ''}`,
          color: item.quickWin ? COLORS.good : COLORS.muted,
          size: 7,
        },
      ],
      t.effort[item.effort] ?? item.effort,
      ownerName(item, lang),
    ]),
    { size: 8, rowFill: (r) => (key[r]?.quickWin ? COLORS.quickWin : undefined) },
  );
  if (phase.items.length > key.length) {
    c.paragraph(b.moreItems(phase.items.length - key.length, full), {
      size: 8,
      color: COLORS.muted,
    });
  }
}

export function roadmapSection(c: Canvas, data: RoadmapPdfData, ctx: BoardContext): void {
  const { b, t } = ctx;
  const rec = data.recommendations;
  c.heading(b.roadmap, 1);
  if (rec.phases.length === 0) {
    c.paragraph(t.targetReached, { size: 9.5 });
  } else {
    c.paragraph(b.roadmapIntro(quarterLabel(b, data.generatedAt, 0)), {
      size: 8.5,
      color: COLORS.muted,
      after: 6,
    });
    timelineChart(c, data, ctx);
    rec.phases.forEach((p, i) => phaseBlock(c, data, p, i, ctx));
  }
  if (rec.consolidation.length) {
    c.space(4);
    c.paragraph(b.consolidation(rec.consolidation.length), { size: 8.5, color: COLORS.muted });
  }
}

function standardRows(uses: readonly StandardUse[], { lang, t, b }: BoardContext) {
  return uses.map((use) => {
    const why: CellPart[] = use.reasons.slice(0, 2).map((r) => ({
      text: `${pick(r.subdomainName, lang)}${t.colon}${pick(r.reason, lang)}`,
    }));
    const shown = use.requirements.slice(0, 2);
    why.push({
      text:
        b.addresses(use.requirements.length) +
        shown.map((r) => `「${pick(r.text, lang)}」`).join(lang === 'en' ? '; ' : '；') +
        (use.requirements.length > shown.length ? ` ${b.andMore(use.requirements.length)}` : ''),
      color: COLORS.muted,
      size: 7,
    });
    return [
      [
        { text: use.standard.number, weight: 'bold' as const },
        { text: pick(use.standard.title, lang), size: 7.5 },
      ],
      [
        { text: use.standard.frameworkCode, weight: 'bold' as const },
        {
          text: use.standard.framework.map((s) => pick(s.label, lang)).join(' › '),
          color: COLORS.muted,
          size: 7,
        },
      ],
      why,
    ];
  });
}

export function standardsSection(c: Canvas, data: RoadmapPdfData, ctx: BoardContext): void {
  const { lang, t, b } = ctx;
  const rec = data.recommendations;
  c.heading(b.standards, 1);
  c.paragraph(b.standardsIntro(PHASE_STANDARDS), { size: 8.5, color: COLORS.muted, after: 6 });
  rec.phases.forEach((phase, i) => {
    if (!phase.present || phase.items.length === 0) return;
    subheading(c, b.phaseStandards(i + 1, pick(phase.levelName, lang)), 70);
    const top = phase.standards.filter((s) => s.top);
    if (top.length === 0) {
      c.paragraph(b.noStandards, { size: 9, color: COLORS.muted });
      return;
    }
    c.table(
      [
        { header: b.colStandard, width: 2.3 },
        { header: b.colFramework, width: 1.5 },
        { header: b.colWhy, width: 5 },
      ],
      standardRows(top, ctx),
      { size: 7.5 },
    );
  });
  const uncovered = rec.coverage.filter((cv) => cv.note !== null);
  if (uncovered.length) {
    subheading(c, b.uncovered, 40);
    for (const cv of uncovered) {
      c.paragraph(
        `${pick(cv.subdomainName, lang)}${t.colon}${pick(defined(cv.note, 'coverage note'), lang)}`,
        {
          size: 8.5,
          after: 3,
        },
      );
    }
  }
  subheading(c, b.frameworkTitle, 30);
  c.paragraph(pick(FRAMEWORK_NOTE, lang), { size: 8, color: COLORS.muted });
}

/** Mixes white into the primary colour: 0 → white, 1 → primary. */
function shade(v: number): string {
  const [r, g, bl] = [0x1f, 0x4e, 0x79];
  const mix = (x: number) =>
    Math.round(255 - (255 - x) * Math.max(0, Math.min(1, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${mix(r)}${mix(g)}${mix(bl)}`;
}

export function heatmapSection(c: Canvas, data: RoadmapPdfData, { b }: BoardContext): void {
  const h = data.heatmap;
  c.heading(b.heatmap, 1);
  if (!h || h.totals.gaps === 0) {
    c.paragraph(b.noHeatmap, { size: 9.5 });
    return;
  }
  c.paragraph(b.heatmapIntro(h.totals.gaps), { size: 8.5, color: COLORS.muted, after: 8 });
  // Rows and columns that hold something (the untagged bucket only when used).
  const used = (l: string, s: string) =>
    h.cells.some((x) => x.lifecycle === l && x.systemLevel === s && x.gaps > 0);
  const rows = HEATMAP_LIFECYCLE.filter(
    (l) => l !== 'untagged' || HEATMAP_SYSTEM_LEVEL.some((s) => used(l, s)),
  );
  const cols = HEATMAP_SYSTEM_LEVEL.filter(
    (s) => s !== 'untagged' || HEATMAP_LIFECYCLE.some((l) => used(l, s)),
  );
  const labelWidth = 70;
  const cellWidth = (c.width - labelWidth) / cols.length;
  const cellHeight = 44;
  const max = Math.max(...h.cells.map((x) => x.impact), 1e-12);
  c.ensure(18 + rows.length * cellHeight + 10);
  const y0 = c.y;
  cols.forEach((s, j) => {
    c.label(b.systemLevel[s] ?? s, c.left + labelWidth + j * cellWidth, y0, {
      size: 8,
      weight: 'bold',
      width: cellWidth,
      align: 'center',
    });
  });
  rows.forEach((l, i) => {
    const y = y0 + 16 + i * cellHeight;
    c.label(b.lifecycle[l] ?? l, c.left, y + cellHeight / 2 - 5, { size: 8.5, weight: 'bold' });
    cols.forEach((s, j) => {
      const cell = h.cells.find((x) => x.lifecycle === l && x.systemLevel === s);
      const x = c.left + labelWidth + j * cellWidth;
      const v = cell ? cell.impact / max : 0;
      c.doc.rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2).fill(shade(0.08 + 0.92 * v));
      if (cell && cell.gaps > 0) {
        const color = v > 0.5 ? '#ffffff' : COLORS.text;
        c.label(String(cell.gaps), x, y + 9, {
          size: 11,
          weight: 'bold',
          color,
          width: cellWidth,
          align: 'center',
        });
        c.label(pct(cell.impact / (h.totals.impact || 1), 1), x, y + 26, {
          size: 7,
          color,
          width: cellWidth,
          align: 'center',
        });
      }
    });
  });
  c.y = y0 + 16 + rows.length * cellHeight + 12;
  const hot = [...h.cells]
    .filter((x) => x.gaps > 0)
    .sort((a, z) => z.impact - a.impact)
    .slice(0, 3);
  subheading(c, b.heatmapHot, 40);
  for (const cell of hot) {
    c.paragraph(
      `•  ${b.hotCell(
        b.lifecycle[cell.lifecycle] ?? cell.lifecycle,
        b.systemLevel[cell.systemLevel] ?? cell.systemLevel,
        String(cell.gaps),
        pct(cell.impact / (h.totals.impact || 1), 1),
      )}`,
      { size: 9, after: 2 },
    );
  }
}
