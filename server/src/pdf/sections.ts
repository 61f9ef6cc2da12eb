import { NATIONAL_BANDS, NATIONAL_BAND_LABELS, type RecommendationItem } from '@zhiping/shared';
import { COLORS, type Canvas, type Cell, type CellPart } from './canvas.ts';
import { distributionBars } from './charts.ts';
import { pick } from './i18n.ts';
import type { BoardMessages } from './board-i18n.ts';
import { fmt2, type SectionContext as BaseContext } from './summary.ts';

type SectionContext = BaseContext & { b: BoardMessages };
import type { RoadmapPdfData } from './types.ts';

const percent = (v: number, digits = 1) => `${(v * 100).toFixed(digits)}%`;

export function gapTable(c: Canvas, data: RoadmapPdfData, { lang, t, b }: SectionContext): void {
  c.heading(b.appendixGaps, 1);
  if (data.gaps.length === 0) {
    c.paragraph(t.noGaps, { size: 9.5 });
    return;
  }
  c.paragraph(t.gapIntro(data.gaps.length, pick(data.targetLevelName, lang)), {
    size: 9,
    color: COLORS.muted,
    after: 6,
  });
  c.table(
    [
      { header: t.colId, width: 1.9 },
      { header: t.colSubdomain, width: 1.05 },
      { header: t.colLevel, width: 0.5, align: 'center' },
      { header: t.colRequirement, width: 4.15 },
      { header: t.colAnswer, width: 0.95 },
      { header: t.colImpact, width: 0.8, align: 'right' },
      { header: t.colKind, width: 0.7 },
    ],
    data.gaps.map((g) => [
      g.requirementId,
      pick(g.subdomainName, lang),
      t.levelShort(g.level),
      pick(g.requirement, lang),
      g.answer ? t.answers[g.answer] : t.unanswered,
      fmt2(g.impact * 100) + '%',
      g.kind === 'roadmap' ? t.kindRoadmap : t.kindConsolidation,
    ]),
    { size: 7.5 },
  );
}

function itemTable(
  c: Canvas,
  items: readonly RecommendationItem[],
  thresholdAt: number | null,
  { lang, t }: SectionContext,
): void {
  c.table(
    [
      { header: t.colNo, width: 0.4, align: 'right' },
      { header: t.colRequirement, width: 4.4 },
      { header: t.colScenario, width: 1.25 },
      { header: t.colEffort, width: 0.65, align: 'center' },
      { header: t.colImpact, width: 0.75, align: 'right' },
      { header: t.colStandards, width: 1.75 },
    ],
    items.map((item, i): Cell[] => {
      const tags = [item.quickWin ? t.quickWin : null, item.industryFocus ? t.focus : null].filter(
        (x): x is string => x !== null,
      );
      const requirement: CellPart[] = [
        {
          text: `${item.requirementId} · ${pick(item.subdomainName, lang)} · ${t.levelShort(item.level)}`,
          weight: 'bold',
        },
        { text: pick(item.requirement, lang) },
        {
          text: `${t.colAnswer}${t.colon}${item.answer ? t.answers[item.answer] : t.unanswered}${tags.length ? '  ·  ' + tags.join(' · ') : ''}`,
          color: item.quickWin ? COLORS.good : COLORS.muted,
          size: 7,
        },
      ];
      if (thresholdAt === i) {
        requirement.push({ text: t.thresholdMark, color: COLORS.target, weight: 'bold', size: 7 });
      }
      return [
        String(i + 1),
        requirement,
        [
          { text: pick(item.scenario.name, lang) },
          { text: pick(item.scenario.group, lang), color: COLORS.muted, size: 6.5 },
        ],
        t.effort[item.effort] ?? item.effort,
        fmt2(item.impact * 100) + '%',
        item.standards.length ? item.standards.map((s) => s.number).join('\n') : '—',
      ];
    }),
    { size: 7.5, rowFill: (r) => (items[r]?.quickWin ? COLORS.quickWin : undefined) },
  );
}

export function phases(c: Canvas, data: RoadmapPdfData, ctx: SectionContext): void {
  const { lang, t, b } = ctx;
  const rec = data.recommendations;
  c.heading(b.appendixPhases, 1);
  if (rec.phases.length === 0) c.paragraph(t.targetReached, { size: 9.5 });
  rec.phases.forEach((phase, index) => {
    c.heading(t.phaseHeading(index + 1, pick(phase.levelName, lang)), 2, 90);
    if (!phase.present) {
      c.paragraph(t.phaseAbsent, { size: 9 });
      return;
    }
    if (phase.attainedNow) c.paragraph(t.phaseAlreadyMet, { size: 9 });
    c.paragraph(
      t.phaseIntro(
        phase.levelScore === null ? t.absent : fmt2(phase.levelScore),
        phase.items.length,
        phase.quickWins,
      ),
      { size: 9, after: 3 },
    );
    if (phase.scenarios.length) {
      c.paragraph(
        `${t.scenarios}${t.colon}` +
          phase.scenarios
            .map((s) => `${pick(s.scenario.name, lang)}${t.paren(String(s.items))}`)
            .join(t.listSep),
        { size: 9, color: COLORS.muted, after: 6 },
      );
    }
    itemTable(c, phase.items, phase.thresholdReachedAt, ctx);
    c.heading(t.phaseStandards, 3);
    if (phase.standards.length === 0) {
      c.paragraph(t.noStandards, { size: 9, color: COLORS.muted });
      return;
    }
    c.table(
      [
        { header: t.colNumber, width: 1.6 },
        { header: t.colTitle, width: 2.1 },
        { header: t.colFramework, width: 1 },
        { header: t.colWhy, width: 3 },
        { header: t.colAddresses, width: 1.5 },
      ],
      phase.standards.map((use) => [
        [{ text: use.standard.number, weight: 'bold' }],
        [
          { text: pick(use.standard.title, lang) },
          { text: pick(use.standard.summary, lang), color: COLORS.muted, size: 7 },
        ],
        `${use.standard.frameworkCode} ${pick(use.standard.frameworkLabel, lang)}`,
        use.reasons.map((r) => ({
          text: `${pick(r.subdomainName, lang)}${t.colon}${pick(r.reason, lang)}`,
        })),
        use.requirementIds.join(t.listSep),
      ]),
      { size: 7.5 },
    );
  });
  if (rec.consolidation.length) {
    c.heading(t.consolidation, 2, 90);
    c.paragraph(t.consolidationIntro, { size: 9, after: 6 });
    itemTable(c, rec.consolidation, null, ctx);
  }
}

export function benchmark(c: Canvas, data: RoadmapPdfData, ctx: SectionContext): void {
  const { lang, t } = ctx;
  const b = data.benchmark;
  if (!b) return;
  c.heading(ctx.b.appendixBenchmark, 1);
  c.paragraph(t.benchmarkIntro(pick(NATIONAL_BAND_LABELS[b.band], lang)), { size: 9.5, after: 8 });
  distributionBars(c, b, lang);
  c.table(
    [
      { header: t.colYear, width: 0.7 },
      { header: t.colReport, width: 3.4 },
      { header: t.colSample, width: 1.2 },
      ...NATIONAL_BANDS.map((band) => ({
        header: pick(NATIONAL_BAND_LABELS[band], lang),
        width: 1,
        align: 'right' as const,
      })),
    ],
    b.national.map((row) => [
      String(row.year),
      `${pick(row.report, lang)}${t.paren(t.sourceTag[row.source] ?? row.source)}`,
      pick(row.sampleLabel, lang),
      ...NATIONAL_BANDS.map((band) => `${row.percent[band]}%`),
    ]),
    { size: 8 },
  );
  if (b.platform) {
    const n = (v: number) => v.toLocaleString('en-US');
    c.paragraph(
      t.platform(b.platform.asOf, n(b.platform.selfAssessed), n(b.platform.levelTwoOrAbove)),
      {
        size: 9,
        after: 8,
      },
    );
  }
  if (b.peers.length) {
    c.heading(t.peers, 3);
    for (const group of b.peers) {
      const text =
        group.available && group.percentile !== null
          ? t.peersAvailable(group.peers, percent(group.percentile, 0))
          : t.peersTooFew(group.peers, b.minimumPeers ?? 0);
      c.paragraph(`${pick(group.label, lang)}${t.colon}${text}`, { size: 9, after: 2 });
    }
  }
}

export function method(c: Canvas, data: RoadmapPdfData, { lang, t, b }: SectionContext): void {
  const p = data.parameters;
  c.heading(b.appendixMethod, 1);
  const scale = (['full', 'most', 'partial', 'none'] as const)
    .map((k) => `${t.answers[k]} ${p.answerScale[k]}`)
    .join(t.listSep);
  for (const line of t.methodText(scale, String(p.threshold), p.thresholdInclusive ? '≥' : '>')) {
    c.paragraph(line, { size: 9, after: 3 });
  }
  c.heading(t.weightsTitle, 3);
  c.table(
    [
      { header: t.colSubdomain, width: 3.2 },
      ...[1, 2, 3, 4, 5].map((l) => ({
        header: t.colWeight(l),
        width: 0.9,
        align: 'right' as const,
      })),
    ],
    data.subdomains.map((s) => {
      const name: CellPart[] = [{ text: pick(s.name, lang) }];
      if (s.path) name.push({ text: pick(s.path, lang), color: COLORS.muted, size: 6.5 });
      if (s.tailoredOut || s.notApplicable) {
        name.push({
          text: s.tailoredOut ? t.tailoredOut : t.notApplicable,
          color: COLORS.target,
          size: 6.5,
        });
      }
      return [name, ...s.effectiveWeights.map((w) => (w === null ? t.absent : percent(w, 2)))];
    }),
    { size: 7.5 },
  );
}
