import { describe, expect, test } from 'vitest';
import {
  computeReport,
  effectiveTree,
  effortClass,
  EFFORT_CLASSES,
  industryFocus,
  INDUSTRIES,
  LEVELS,
  ORGANIZATION_SIZES,
  recommend,
  standardSchema,
  type AnswerChoice,
  type AssessmentReport,
  type IndicatorSystem,
  type Level,
  type RecommendationContext,
  type RecommendationItem,
  type Standard,
} from '@zhiping/shared';
import { standardsSeed } from '../../seeds/build.ts';
import { seedSystem, subdomainsOf } from '../seeds/helpers.ts';
import { document, inner, load, named, requirement, subdomain } from './fixtures.ts';

const CMMM = seedSystem('cmmm-2020');
const CATALOG: Standard[] = standardsSeed.entries.map((s) => standardSchema.parse(s));

/** Answers cycled per sub-domain and level: level 2 attained, level 3 not. */
const PATTERN: Record<Level, AnswerChoice[]> = {
  1: ['full', 'full', 'full', 'most'],
  2: ['full', 'most', 'most', 'partial', 'full'],
  3: ['most', 'partial', 'none', 'full', 'partial'],
  4: ['partial', 'none', 'none', 'most'],
  5: ['none', 'none', 'partial'],
};

function patternAnswers(system: IndicatorSystem): Record<string, AnswerChoice> {
  const answers: Record<string, AnswerChoice> = {};
  for (const sd of subdomainsOf(system)) {
    const seen: Record<number, number> = {};
    for (const r of sd.requirements ?? []) {
      const i = (seen[r.level] = (seen[r.level] ?? -1) + 1);
      answers[r.id] = PATTERN[r.level][i % PATTERN[r.level].length]!;
    }
  }
  return answers;
}

const cmmmReport = (targetLevel: Level = 4, answers = patternAnswers(CMMM)) =>
  computeReport({ system: CMMM, profileId: 'automotive', tailoring: [], answers, targetLevel });

const context = (over: Partial<RecommendationContext> = {}): RecommendationContext => ({
  system: CMMM,
  standards: CATALOG,
  industry: 'automotive',
  size: 'medium',
  ...over,
});

/** §3.8 order: impact descending, then requirement id. */
const inGapOrder = (items: readonly RecommendationItem[]) =>
  items.every(
    (item, i) =>
      i === 0 ||
      items[i - 1]!.impact > item.impact + 1e-12 ||
      (Math.abs(items[i - 1]!.impact - item.impact) <= 1e-12 &&
        items[i - 1]!.requirementId < item.requirementId),
  );

describe('recommend() on a CMMM 2020 report', () => {
  const report = cmmmReport();
  const rec = recommend(report, context());

  test('the report has the shape the rest relies on: level 2, two phases to level 4', () => {
    expect(report.maturityLevel).toBe(2);
    expect(rec.phases.map((p) => p.level)).toEqual([3, 4]);
  });

  test('every gap becomes exactly one item of its phase, or of consolidation', () => {
    report.roadmap.forEach((phase, i) => {
      expect(rec.phases[i]!.items.map((x) => x.requirementId).sort()).toEqual(
        phase.items.map((x) => x.requirementId).sort(),
      );
    });
    expect(rec.consolidation.map((x) => x.requirementId).sort()).toEqual(
      report.consolidation.map((x) => x.requirementId).sort(),
    );
  });

  test('quick wins come first in each phase, each group in §3.8 order', () => {
    for (const phase of rec.phases) {
      const firstSlow = phase.items.findIndex((i) => !i.quickWin);
      const quick = phase.items.slice(0, firstSlow < 0 ? undefined : firstSlow);
      const slow = firstSlow < 0 ? [] : phase.items.slice(firstSlow);
      expect(quick.every((i) => i.quickWin)).toBe(true);
      expect(slow.some((i) => i.quickWin)).toBe(false);
      expect(inGapOrder(quick) && inGapOrder(slow)).toBe(true);
      expect(phase.quickWins).toBe(quick.length);
    }
    expect(rec.phases.some((p) => p.quickWins > 0)).toBe(true);
  });

  test('a quick win has high impact (top half of its phase), is partly met and not a large effort', () => {
    for (const phase of rec.phases) {
      const sorted = phase.items.map((i) => i.impact).sort((a, b) => a - b);
      const m = Math.floor(sorted.length / 2);
      const median = sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
      for (const item of phase.items) {
        const qualifies = item.value > 0 && item.impact >= median - 1e-9 && item.effort !== 'L';
        expect(item.quickWin, item.requirementId).toBe(qualifies);
      }
    }
  });

  test('the threshold marker is the first item after which the level score attains 0.8', () => {
    for (const phase of rec.phases) {
      let score = phase.levelScore!;
      let reached: number | null = null;
      phase.items.forEach((item, i) => {
        score += item.impact;
        expect(item.levelScoreIfMet).toBeCloseTo(Math.min(1, score), 12);
        if (reached === null && score >= 0.8 - 1e-9) reached = i;
      });
      expect(phase.thresholdReachedAt).toBe(reached);
      expect(phase.thresholdReachedAt).not.toBeNull();
    }
  });

  test('standards are the confirmed catalog entries linked to the sub-domain, with code and reason', () => {
    const uncertain = new Set(CATALOG.filter((s) => s.uncertain).map((s) => s.number));
    expect(uncertain.size).toBeGreaterThan(0);
    for (const item of [...rec.phases.flatMap((p) => p.items), ...rec.consolidation]) {
      const expected = CATALOG.filter(
        (s) =>
          !s.uncertain &&
          s.links.some((l) => l.systemCode === 'cmmm-2020' && l.subdomainId === item.subdomainId),
      )
        .map((s) => s.number)
        .sort();
      expect(item.standards.map((s) => s.number)).toEqual(expected);
      for (const s of item.standards) {
        expect(uncertain.has(s.number)).toBe(false);
        expect(s.frameworkCode).toMatch(/^[ABC]/);
        expect(s.reason.zh.length).toBeGreaterThan(0);
        expect(s.frameworkLabel.zh).not.toBe(s.frameworkCode);
      }
    }
  });

  test('phase standards list every standard of the phase with the requirements it addresses', () => {
    for (const phase of rec.phases) {
      const numbers = new Set(phase.items.flatMap((i) => i.standards.map((s) => s.number)));
      expect(new Set(phase.standards.map((u) => u.standard.number))).toEqual(numbers);
      for (const use of phase.standards) {
        const addressed = phase.items
          .filter((i) => i.standards.some((s) => s.number === use.standard.number))
          .map((i) => i.requirementId);
        expect(use.requirementIds).toEqual(addressed);
      }
    }
  });

  test('each item names its requirement text and a scenario of the guide', () => {
    // The automotive profile adds requirements of its own: their texts come from the profile.
    const texts = new Map<string, unknown>();
    const walk = (nodes: ReturnType<typeof effectiveTree>) => {
      for (const n of nodes) {
        for (const r of n.requirements) texts.set(r.id, r.text);
        walk(n.children);
      }
    };
    walk(effectiveTree(CMMM, 'automotive'));
    expect(
      rec.phases.some((p) => p.items.some((i) => i.requirementId.includes('.automotive.'))),
    ).toBe(true);
    for (const item of rec.phases.flatMap((p) => p.items)) {
      expect(item.requirement).toEqual(texts.get(item.requirementId));
      expect(item.scenario.name.zh.length).toBeGreaterThan(1);
    }
  });

  test('it is deterministic', () => {
    expect(recommend(report, context())).toEqual(rec);
  });
});

describe('recommendations adapt to the industry and the size', () => {
  const report = cmmmReport();

  test.each(INDUSTRIES.map((i) => [i]))(
    '%s: items are flagged by the focus scenarios',
    (industry) => {
      const rec = recommend(report, context({ industry }));
      const focus = industryFocus(industry);
      expect(rec.industryFocus?.note.zh.length).toBeGreaterThan(20);
      for (const item of rec.phases.flatMap((p) => p.items)) {
        expect(item.industryFocus).toBe(focus.scenarios.includes(item.scenario.key));
      }
    },
  );

  test('energy management is an industry focus for steel, not for automotive', () => {
    const energy = (industry: 'steel' | 'automotive') =>
      recommend(report, context({ industry }))
        .phases.flatMap((p) => p.items)
        .filter((i) => i.scenario.key === 'energy_management');
    expect(energy('steel').length).toBeGreaterThan(0);
    expect(energy('steel').every((i) => i.industryFocus)).toBe(true);
    expect(energy('automotive').some((i) => i.industryFocus)).toBe(false);
  });

  test('a larger enterprise never gets a smaller effort, and gets a larger one somewhere', () => {
    const order = (e: string) => EFFORT_CLASSES.indexOf(e as never);
    const items = (size: 'micro' | 'large') =>
      recommend(report, context({ size })).phases.flatMap((p) => p.items);
    const small = new Map(items('micro').map((i) => [i.requirementId, i.effort]));
    const large = items('large');
    expect(large.every((i) => order(i.effort) >= order(small.get(i.requirementId)!))).toBe(true);
    expect(large.some((i) => order(i.effort) > order(small.get(i.requirementId)!))).toBe(true);
    expect(recommend(report, context({ size: 'large' })).sizeNote?.zh).toMatch(/大型企业/);
  });

  test('without an industry or size there is no focus note and effort is sized as medium', () => {
    const rec = recommend(report, context({ industry: null, size: null }));
    const medium = recommend(report, context({ size: 'medium' }));
    expect(rec.industryFocus).toBeNull();
    expect(rec.sizeNote).toBeNull();
    expect(rec.phases.flatMap((p) => p.items.map((i) => i.effort))).toEqual(
      medium.phases.flatMap((p) => p.items.map((i) => i.effort)),
    );
  });
});

describe('effort classes', () => {
  test.each(
    named(
      [
        { level: 1, answer: 'none', size: 'micro', effort: 'S' },
        { level: 2, answer: 'partial', size: 'small', effort: 'S' },
        { level: 3, answer: 'none', size: 'medium', effort: 'M' },
        { level: 3, answer: 'none', size: 'large', effort: 'L' },
        { level: 3, answer: 'most', size: 'large', effort: 'M' },
        { level: 5, answer: 'most', size: 'small', effort: 'M' },
        { level: 5, answer: null, size: 'micro', effort: 'L' },
        { level: 4, answer: 'partial', size: 'medium', effort: 'M' },
      ] as const,
      (r) =>
        `a level-${r.level} requirement answered ${r.answer} by a ${r.size} enterprise is ${r.effort}`,
    ),
  )('%s', (_name, r) => {
    expect(effortClass(r.level, r.answer, r.size)).toBe(r.effort);
  });

  test('effort never falls as the level or the size rises', () => {
    const rank = (e: string) => EFFORT_CLASSES.indexOf(e as never);
    const answers = ['none', 'partial', 'most', null] as const;
    for (const answer of answers) {
      for (const [si, size] of ORGANIZATION_SIZES.entries()) {
        for (const level of LEVELS) {
          const e = rank(effortClass(level, answer, size));
          if (level < 5)
            expect(rank(effortClass((level + 1) as Level, answer, size))).toBeGreaterThanOrEqual(e);
          const bigger = ORGANIZATION_SIZES[si + 1];
          if (bigger) expect(rank(effortClass(level, answer, bigger))).toBeGreaterThanOrEqual(e);
        }
      }
    }
  });
});

describe('a hand-computed phase', () => {
  // One sub-domain; level 1 holds sa.1a, sa.1b, sa.1c (weight 1 each third):
  // impacts partial 0.5/3 ≈ 0.1667, none 1/3, most 0.2/3 ≈ 0.0667; median 0.1667.
  const system = load(
    document([
      inner('da', 1, [subdomain('sa', 1, [requirement('sa.1b', 1), requirement('sa.1c', 1)])]),
    ]),
  );
  const answers: Record<string, AnswerChoice> = {
    'sa.1a': 'partial',
    'sa.1b': 'none',
    'sa.1c': 'most',
    'sa.2a': 'full',
    'sa.3a': 'full',
    'sa.4a': 'full',
    'sa.5a': 'full',
  };
  const report: AssessmentReport = computeReport({
    system,
    profileId: 'default',
    tailoring: [],
    answers,
    targetLevel: 2,
  });
  const rec = recommend(report, { system, standards: [], industry: null, size: 'small' });

  test('the partly met item with median impact is the one quick win and comes first', () => {
    const phase = rec.phases[0]!;
    expect(phase.level).toBe(1);
    expect(phase.items.map((i) => [i.requirementId, i.quickWin])).toEqual([
      ['sa.1a', true],
      ['sa.1b', false],
      ['sa.1c', false],
    ]);
    // 0.4333 + 0.1667 = 0.6, + 0.3333 = 0.9333 ≥ 0.8: attained after the second item.
    expect(phase.thresholdReachedAt).toBe(1);
    expect(phase.items.map((i) => i.standards)).toEqual([[], [], []]);
  });

  test('an unknown sub-domain without tags falls back to integration and optimization', () => {
    expect(rec.phases[0]!.items.every((i) => i.scenario.key === 'integration_optimization')).toBe(
      true,
    );
  });

  test('a target already reached gives no phase', () => {
    const full = computeReport({
      system,
      profileId: 'default',
      tailoring: [],
      answers: { ...answers, 'sa.1a': 'full', 'sa.1b': 'full', 'sa.1c': 'full' },
      targetLevel: 2,
    });
    const none = recommend(full, { system, standards: [], industry: null, size: null });
    expect(none.phases).toEqual([]);
    expect(none.consolidation).toEqual([]);
    expect(none.standards).toEqual([]);
  });
});
