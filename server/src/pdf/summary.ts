import { round2 } from '@zhiping/shared';
import { COLORS, type Canvas } from './canvas.ts';
import { levelBars, radarChart } from './charts.ts';
import { pick, type Lang, type Messages } from './i18n.ts';
import type { PdfResult, RoadmapPdfData } from './types.ts';

export interface SectionContext {
  lang: Lang;
  t: Messages;
}

export const fmt2 = (v: number) => round2(v).toFixed(2);
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Label/value pairs, the value wrapped beside its label. */
function facts(c: Canvas, rows: readonly [string, string][], labelWidth = 90): void {
  for (const [label, value] of rows) {
    const lines = c.lines(value || '—', c.width - labelWidth, { size: 10 });
    const height = lines.reduce((h, l) => h + l.height, 0);
    c.ensure(height);
    c.label(label, c.left, c.y + 2.5, { size: 9.5, color: COLORS.muted });
    for (const line of lines) {
      c.drawLine(line, c.left + labelWidth, c.y, c.width - labelWidth);
      c.y += line.height;
    }
    c.y += 3;
  }
}

interface ResultBox {
  title: string;
  levelName: string;
  score: string;
  color: string;
}

/** Result boxes side by side, all as tall as the tallest. */
function resultBoxes(c: Canvas, boxes: readonly ResultBox[]): void {
  const gap = 14;
  const width = (c.width - gap) / 2;
  const inner = width - 20;
  const names = boxes.map((b) =>
    c.lines(b.levelName, inner, { weight: 'bold', size: 20, color: b.color }),
  );
  const height = 64 + Math.max(...names.map((ls) => ls.reduce((h, l) => h + l.height, 0)));
  c.ensure(height);
  boxes.forEach((b, i) => {
    const x = c.left + i * (width + gap);
    c.doc.roundedRect(x, c.y, width, height, 6).lineWidth(1).fillAndStroke('#f7f9fc', b.color);
    c.label(b.title, x + 10, c.y + 10, { size: 9, color: COLORS.muted });
    let y = c.y + 26;
    for (const line of names[i]!) {
      c.drawLine(line, x + 10, y, inner);
      y += line.height;
    }
    c.label(b.score, x + 10, y + 4, { size: 18, weight: 'bold', color: COLORS.text });
  });
  c.y += height + 10;
}

export function cover(c: Canvas, data: RoadmapPdfData, { lang, t }: SectionContext): void {
  c.doc.rect(0, 0, c.doc.page.width, 8).fill(COLORS.primary);
  c.y = c.top + 10;
  c.paragraph(t.product, { size: 10, color: COLORS.muted, after: 18 });
  c.paragraph(t.title, { size: 24, weight: 'bold', color: COLORS.primary, after: 2 });
  c.paragraph(t.subtitle, { size: 20, weight: 'bold', color: COLORS.primary, after: 20 });
  c.paragraph(data.enterprise.name, { size: 17, weight: 'bold', after: 16 });

  const result = (title: string, r: PdfResult, color: string): ResultBox => ({
    title,
    levelName: pick(r.levelName, lang),
    score: fmt2(r.score),
    color,
  });
  resultBoxes(c, [
    result(data.basis === 'assessed' ? t.basisAssessed : t.basisSelf, data.result, COLORS.primary),
    data.basis === 'assessed'
      ? result(t.basisSelf, data.self, COLORS.accent)
      : {
          title: t.targetLevel,
          levelName: pick(data.targetLevelName, lang),
          score: `≥ ${fmt2(data.targetLevel - 1 + data.parameters.threshold)}`,
          color: COLORS.target,
        },
  ]);
  c.paragraph(`${t.tier}${t.colon}${pick(data.tier, lang)}`, { size: 10, after: 2 });
  const rec = data.recommendations;
  c.paragraph(
    t.coverRoadmap(
      rec.phases.length,
      rec.phases.reduce((n, p) => n + p.items.length, 0),
      rec.phases.reduce((n, p) => n + p.quickWins, 0),
      rec.standards.length,
    ),
    { size: 10, after: 16 },
  );

  facts(c, [
    [
      t.system,
      `${pick(data.system.name, lang)}  ·  ${data.system.code} ${t.version} ${data.system.version}`,
    ],
    [t.profile, pick(data.profileName, lang)],
    [t.targetLevel, pick(data.targetLevelName, lang)],
    [t.assessmentTitle, data.assessment.title],
    [t.status, t.statuses[data.assessment.status] ?? data.assessment.status],
    [t.industry, pick(data.enterprise.industry, lang)],
    [t.size, pick(data.enterprise.size, lang)],
    [t.region, data.enterprise.region],
    [t.submittedAt, data.assessment.submittedAt ? isoDate(data.assessment.submittedAt) : '—'],
    [t.generatedAt, isoDate(data.generatedAt)],
  ]);
  if (data.review && (data.review.assessorName || data.review.judgment)) {
    c.space(8);
    facts(c, [
      [t.assessor, data.review.assessorName ?? '—'],
      [
        t.judgment,
        data.review.judgment ? (t.judgments[data.review.judgment] ?? data.review.judgment) : '—',
      ],
      [t.signedOffAt, data.review.signedOffAt ? isoDate(data.review.signedOffAt) : '—'],
    ]);
  }
}

export function summary(c: Canvas, data: RoadmapPdfData, { lang, t }: SectionContext): void {
  c.heading(t.summary, 1);
  const results: [string, PdfResult][] = [[t.selfResult, data.self]];
  if (data.assessed) {
    const signed = data.assessment.status === 'signed_off';
    results.push([signed ? t.assessedResult : t.assessedPreview, data.assessed]);
  }
  for (const [label, r] of results) {
    c.paragraph(`${label}${t.colon}${pick(r.levelName, lang)}  ·  ${t.score} ${fmt2(r.score)}`, {
      size: 10.5,
      weight: 'bold',
      after: 2,
    });
  }
  c.paragraph(
    `${t.targetLevel}${t.colon}${pick(data.targetLevelName, lang)}  ·  ${t.tier}${t.colon}${pick(data.tier, lang)}`,
    {
      size: 10,
      after: 6,
    },
  );
  if (data.review?.opinion) {
    c.paragraph(`${t.opinion}${t.colon}`, { size: 9.5, weight: 'bold', after: 1 });
    c.paragraph(data.review.opinion, { size: 9.5, after: 6 });
  }

  c.heading(t.levelChart, 3, 150);
  const barHeight = 130;
  levelBars(
    c,
    { x: c.left, y: c.y, width: c.width * 0.7, height: barHeight },
    data.levels,
    data.parameters.threshold,
    (l) => (lang === 'zh' ? pick(l.name, lang) : `L${l.level}`),
    t.absent,
  );
  legend(c, c.left + c.width * 0.74, c.y + 14, data.assessed !== null, t, false);
  c.y += barHeight + 2;
  c.paragraph(t.levelChartNote(fmt2(data.parameters.threshold)), {
    size: 7.5,
    color: COLORS.muted,
  });

  const present = data.subdomains.filter((s) => s.self !== null || s.assessed !== null);
  const radarSize = 270;
  c.heading(t.radarChart, 3, radarSize);
  const targetScore = data.targetLevel - 1 + data.parameters.threshold;
  const numbered = radarChart(
    c,
    { x: c.left + (c.width - radarSize) / 2 - 40, y: c.y, size: radarSize },
    present.map((s) => pick(s.name, lang)),
    [
      { values: present.map((s) => s.self), color: COLORS.accent },
      ...(data.assessed
        ? [{ values: present.map((s) => s.assessed), color: COLORS.assessed }]
        : []),
    ],
    targetScore,
  );
  legend(c, c.left + c.width - 90, c.y + 10, data.assessed !== null, t, true);
  c.y += radarSize + 4;
  c.paragraph(t.radarNote(fmt2(targetScore)), { size: 7.5, color: COLORS.muted });
  if (numbered) {
    c.table(
      [
        { header: t.colNo, width: 0.5, align: 'right' },
        { header: t.colSubdomain, width: 5 },
        { header: t.legendSelf, width: 1.2, align: 'right' },
        ...(data.assessed
          ? [{ header: t.legendAssessed, width: 1.2, align: 'right' as const }]
          : []),
      ],
      present.map((s, i) => [
        String(i + 1),
        pick(s.name, lang),
        s.self === null ? t.absent : fmt2(s.self),
        ...(data.assessed ? [s.assessed === null ? t.absent : fmt2(s.assessed)] : []),
      ]),
      { size: 7.5 },
    );
  }
  overview(c, data, { lang, t });
}

function legend(c: Canvas, x: number, y: number, assessed: boolean, t: Messages, target: boolean) {
  const rows: [string, string][] = [[t.legendSelf, COLORS.accent]];
  if (assessed) rows.push([t.legendAssessed, COLORS.assessed]);
  if (target) rows.push([t.legendTarget, COLORS.target]);
  rows.forEach(([label, color], i) => {
    c.doc.rect(x, y + i * 13 + 1, 9, 7).fill(color);
    c.label(label, x + 13, y + i * 13, { size: 7.5 });
  });
}

function overview(c: Canvas, data: RoadmapPdfData, { lang, t }: SectionContext) {
  const rec = data.recommendations;
  c.heading(t.roadmapOverview, 2);
  if (rec.phases.length === 0) c.paragraph(t.targetReached, { size: 9.5 });
  else {
    c.table(
      [
        { header: t.colLevel, width: 2 },
        { header: t.colRequirement, width: 2.6 },
        { header: t.scenarios, width: 4 },
      ],
      rec.phases.map((p, i) => [
        [{ text: t.phaseHeading(i + 1, pick(p.levelName, lang)), weight: 'bold' }],
        [
          { text: t.phaseRow(p.items.length, p.quickWins) },
          {
            text:
              p.attainedNow || !p.present
                ? ''
                : p.thresholdReachedAt === null
                  ? t.notReachable
                  : t.reachedAfter(p.thresholdReachedAt + 1),
            color: COLORS.muted,
          },
        ],
        p.scenarios
          .slice(0, 6)
          .map((s) => `${pick(s.scenario.name, lang)}${t.paren(String(s.items))}`)
          .join(t.listSep),
      ]),
      { size: 8 },
    );
  }
  if (rec.industryFocus) {
    c.paragraph(t.industryFocus(pick(rec.industryFocus.name, lang)), {
      size: 9.5,
      weight: 'bold',
      after: 1,
    });
    c.paragraph(pick(rec.industryFocus.note, lang), { size: 9, after: 6 });
  }
  if (rec.sizeNote) {
    c.paragraph(`${t.sizeNote}${t.paren(pick(data.enterprise.size, lang))}`, {
      size: 9.5,
      weight: 'bold',
      after: 1,
    });
    c.paragraph(pick(rec.sizeNote, lang), { size: 9, after: 6 });
  }
  c.paragraph(t.tailoring, { size: 9.5, weight: 'bold', after: 1 });
  if (data.tailoring.length === 0) c.paragraph(t.noTailoring, { size: 9 });
  for (const entry of data.tailoring) {
    c.paragraph(`${pick(entry.subdomainName, lang)}${t.colon}${entry.reason}`, {
      size: 9,
      indent: 8,
      after: 2,
    });
  }
}
