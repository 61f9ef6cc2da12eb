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
  NO_NATIONAL_STANDARD,
  noStandardNote,
  PHASE_STANDARDS,
  QUICK_WIN_RULE,
  recommend,
  standardSchema,
  TOP_STANDARDS,
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

  test('quick wins follow QUICK_WIN_RULE: next level, under way, not large, the best five', () => {
    const next = rec.phases.find((p) => p.items.length > 0)!;
    const candidates = next.items
      .filter((i) => (i.answer === 'most' || i.answer === 'partial') && i.effort !== 'L')
      .sort((x, y) => y.impact - x.impact || (x.requirementId < y.requirementId ? -1 : 1));
    expect(candidates.length).toBeGreaterThan(QUICK_WIN_RULE.maxItems);
    const expected = candidates.slice(0, QUICK_WIN_RULE.maxItems).map((i) => i.requirementId);
    const quick = [...rec.phases.flatMap((p) => p.items), ...rec.consolidation]
      .filter((i) => i.quickWin)
      .map((i) => i.requirementId);
    expect(new Set(quick)).toEqual(new Set(expected));
    expect(quick.length).toBe(QUICK_WIN_RULE.maxItems);
    // Bounded, not a share of the gaps (issue #16 saw 54 of 101).
    for (const p of rec.phases.slice(1)) expect(p.quickWins).toBe(0);
    expect(rec.consolidation.some((i) => i.quickWin)).toBe(false);
    expect(rec.quickWinDefinition.zh).toContain(`${QUICK_WIN_RULE.maxItems}`);
    expect(rec.quickWinDefinition.en).toContain('at most');
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

  test('standards are the confirmed entries for the production type and the gap level, with code and reason', () => {
    const uncertain = new Set(CATALOG.filter((s) => s.uncertain).map((s) => s.number));
    expect(uncertain.size).toBeGreaterThan(0);
    expect(rec.productionType).toBe('discrete');
    for (const item of [...rec.phases.flatMap((p) => p.items), ...rec.consolidation]) {
      const expected = CATALOG.filter(
        (s) =>
          !s.uncertain &&
          s.productionTypes.includes('discrete') &&
          s.links.some(
            (l) =>
              l.systemCode === 'cmmm-2020' &&
              l.subdomainId === item.subdomainId &&
              item.level >= l.minLevel &&
              item.level <= l.maxLevel,
          ),
      )
        .map((s) => s.number)
        .sort();
      expect(item.standards.map((s) => s.number)).toEqual(expected);
      for (const s of item.standards) {
        expect(uncertain.has(s.number)).toBe(false);
        expect(s.frameworkCode).toMatch(/^[ABC]/);
        expect(s.reason.zh.length).toBeGreaterThan(0);
        expect(s.frameworkLabel.zh).not.toBe(s.frameworkCode);
        expect(s.framework[0]!.code).toBe(s.frameworkCode[0]);
        expect(s.framework.at(-1)!.code).toBe(s.frameworkCode);
      }
    }
  });

  test('the report-wide standards are ranked by summed impact; the first ten are marked top', () => {
    expect(rec.topStandards).toBe(TOP_STANDARDS);
    expect(rec.standards.length).toBeGreaterThan(TOP_STANDARDS);
    rec.standards.forEach((use, i) => {
      expect(use.top).toBe(i < TOP_STANDARDS);
      if (i > 0) expect(rec.standards[i - 1]!.impact).toBeGreaterThanOrEqual(use.impact - 1e-12);
      const sum = use.requirements.reduce((n, r) => n + r.impact, 0);
      expect(use.impact).toBeCloseTo(sum, 12);
      expect(use.requirements.map((r) => r.requirementId)).toEqual(use.requirementIds);
      for (const r of use.requirements) expect(r.text.zh.length).toBeGreaterThan(4);
    });
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

  test('the two items under way are quick wins and come first, by impact', () => {
    const phase = rec.phases[0]!;
    expect(phase.level).toBe(1);
    expect(phase.items.map((i) => [i.requirementId, i.quickWin])).toEqual([
      ['sa.1a', true],
      ['sa.1c', true],
      ['sa.1b', false],
    ]);
    // 0.4333 + 0.1667 = 0.6, + 0.0667 = 0.6667, + 0.3333 = 1 ≥ 0.8: attained after the third.
    expect(phase.thresholdReachedAt).toBe(2);
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

describe('standards fit the production type and the level of the gap (issue #16)', () => {
  const reportFor = (profileId: string) =>
    computeReport({
      system: CMMM,
      profileId,
      tailoring: [],
      answers: patternAnswers(CMMM),
      targetLevel: 5,
    });
  const itemsOf = (rec: ReturnType<typeof recommend>) => [
    ...rec.phases.flatMap((p) => p.items),
    ...rec.consolidation,
  ];
  const numbersAt = (rec: ReturnType<typeof recommend>, subdomainId: string, level: number) =>
    new Set(
      itemsOf(rec)
        .filter((i) => i.subdomainId === subdomainId && i.level === level)
        .flatMap((i) => i.standards.map((s) => s.number)),
    );

  test('GB/T 38848 (process-industry energy control) reaches a process enterprise, never a discrete one', () => {
    const process = recommend(reportFor('steel'), context({ industry: 'steel' }));
    const discrete = recommend(
      reportFor('power_equipment'),
      context({ industry: 'power_equipment' }),
    );
    expect(process.productionType).toBe('process');
    expect(discrete.productionType).toBe('discrete');
    expect(numbersAt(process, 'energy', 3).has('GB/T 38848-2020')).toBe(true);
    for (const item of itemsOf(discrete)) {
      expect(item.standards.map((s) => s.number)).not.toContain('GB/T 38848-2020');
    }
    // An explicit production type overrides the profile's.
    const forced = recommend(reportFor('steel'), context({ productionType: 'discrete' }));
    expect(numbersAt(forced, 'energy', 3).has('GB/T 38848-2020')).toBe(false);
  });

  test('the OPC UA address-space model is not offered for a level-1 or level-2 data gap, but for level 3', () => {
    const rec = recommend(reportFor('automotive'), context());
    const opcua = 'GB/T 33863.3-2017';
    expect(numbersAt(rec, 'data', 1).size + numbersAt(rec, 'data', 2).size).toBeGreaterThan(0);
    expect(numbersAt(rec, 'data', 1).has(opcua)).toBe(false);
    expect(numbersAt(rec, 'data', 2).has(opcua)).toBe(false);
    expect(numbersAt(rec, 'data', 3).has(opcua)).toBe(true);
    // Management-system standards stop at level 3; predictive maintenance starts at level 4.
    expect(numbersAt(rec, 'energy', 4).has('GB/T 23331-2020')).toBe(false);
    expect(numbersAt(rec, 'energy', 2).has('GB/T 23331-2020')).toBe(true);
    expect(numbersAt(rec, 'maintenance', 3).has('GB/T 40571-2021')).toBe(false);
    expect(numbersAt(rec, 'maintenance', 4).has('GB/T 40571-2021')).toBe(true);
  });

  test('every sub-domain with a gap reaches a standard or says plainly that none covers it', () => {
    for (const profile of ['automotive', 'steel']) {
      const rec = recommend(reportFor(profile), context());
      const withGaps = new Set(itemsOf(rec).map((i) => i.subdomainId));
      expect(new Set(rec.coverage.map((c) => c.subdomainId))).toEqual(withGaps);
      for (const c of rec.coverage) {
        if (c.standards.length === 0) {
          expect(c.note, c.subdomainId).not.toBeNull();
          expect(c.note!.zh.length).toBeGreaterThan(20);
        } else expect(c.note).toBeNull();
      }
      const skills = rec.coverage.find((c) => c.subdomainId === 'skills')!;
      expect(skills.standards).toEqual([]);
      expect(skills.note).toEqual(NO_NATIONAL_STANDARD.skills);
      const warehousing = rec.coverage.find((c) => c.subdomainId === 'warehousing')!;
      expect(warehousing.standards.length).toBeGreaterThan(0);
    }
  });

  test('the catalog reaches every sub-domain of both models for both production types, skills aside', () => {
    for (const system of [CMMM, seedSystem('cmmm-draft-2024')]) {
      for (const type of ['discrete', 'process'] as const) {
        for (const sd of subdomainsOf(system)) {
          const linked = CATALOG.filter(
            (s) =>
              !s.uncertain &&
              s.productionTypes.includes(type) &&
              s.links.some((l) => l.systemCode === system.code && l.subdomainId === sd.id),
          );
          // 精益管理 of the draft: the research table holds no standard for it; a report says the
          // catalog has none (noStandardNote), without claiming that no national one exists.
          // 产品创新 of the draft has only the complex-product digital twin (discrete): a process
          // enterprise gets the note there (process enterprises may leave product design out).
          const none =
            NO_NATIONAL_STANDARD[sd.id] ||
            (system !== CMMM &&
              (sd.id === 'lean' || (type === 'process' && sd.id === 'product-innovation')));
          if (none) expect(linked, `${system.code} ${sd.id}`).toEqual([]);
          else expect(linked.length, `${system.code} ${sd.id} ${type}`).toBeGreaterThan(0);
        }
      }
    }
  });

  test('a sub-domain the catalog does not reach gets the plain note naming its gap levels', () => {
    expect(noStandardNote('lean', [2, 3]).zh).toContain('2级、3级');
    expect(noStandardNote('lean', [2, 3]).en).toContain('L2, L3');
    expect(noStandardNote('skills', [1])).toBe(NO_NATIONAL_STANDARD.skills);
  });

  test('no C 行业应用 standard is invented: every C entry would have to be in the research table', () => {
    expect(CATALOG.filter((s) => s.frameworkCode.startsWith('C'))).toEqual([]);
  });
});

describe('phase plans (timeline, effort, owners, expected result)', () => {
  const rec = recommend(cmmmReport(5), context());

  test('phases follow one another in quarters; each lasts 1–4 quarters by its effort points', () => {
    let offset = 0;
    for (const phase of rec.phases) {
      const { plan } = phase;
      expect(plan.startOffset).toBe(offset);
      const points = phase.items.reduce((n, i) => n + { S: 1, M: 2, L: 4 }[i.effort], 0);
      expect(plan.points).toBe(points);
      expect(plan.quarters).toBe(Math.min(4, Math.max(1, Math.ceil(points / 16))));
      expect(plan.effort.S + plan.effort.M + plan.effort.L).toBe(phase.items.length);
      offset += plan.quarters;
    }
  });

  test('owners are functions of the items, at most three, the highest summed impact first', () => {
    for (const phase of rec.phases) {
      expect(phase.plan.owners.length).toBeGreaterThan(0);
      expect(phase.plan.owners.length).toBeLessThanOrEqual(3);
      for (const o of phase.plan.owners) {
        expect(phase.items.filter((i) => i.owner === o.role).length).toBe(o.items);
        expect(o.name.zh.length).toBeGreaterThan(1);
      }
    }
    const skills = rec.phases.flatMap((p) => p.items).find((i) => i.subdomainId === 'skills');
    expect(skills?.owner).toBe('hr');
  });

  test('once a phase is done the level is its level and the score follows §3.6', () => {
    const report = cmmmReport(5);
    rec.phases.forEach((phase) => {
      expect(phase.plan.expectedLevel).toBe(phase.level);
      const next = report.levels.find((l) => l.level === phase.level + 1)?.score ?? 0;
      expect(phase.plan.expectedScore).toBeCloseTo(phase.level === 5 ? 5 : phase.level + next, 12);
    });
    expect(rec.phases.at(-1)!.plan.expectedScore).toBe(5);
  });

  test('priorities are the five highest-impact items of the next level, phase standards a handful', () => {
    const first = rec.phases.find((p) => p.items.length > 0)!;
    const best = [...first.items].sort((a, b) => b.impact - a.impact).slice(0, 5);
    expect(rec.priorities.map((i) => i.impact)).toEqual(best.map((i) => i.impact));
    for (const phase of rec.phases) {
      expect(phase.standards.filter((s) => s.top).length).toBeLessThanOrEqual(PHASE_STANDARDS);
    }
  });
});
