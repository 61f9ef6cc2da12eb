import type { OrganizationSize } from '../api/common.ts';
import { effectiveTree, resolveProfile, type EffectiveNode } from '../indicator-system/profile.ts';
import type {
  AnswerChoice,
  IndicatorSystem,
  Industry,
  Level,
  LocalizedText,
  ProductionType,
} from '../indicator-system/schema.ts';
import { levelName } from '../scoring/labels.ts';
import type { AssessmentReport, Gap, RoadmapPhase } from '../scoring/types.ts';
import type { Standard } from '../standards/schema.ts';
import { effortClass, type EffortClass } from './effort.ts';
import { noStandardNote } from './coverage.ts';
import { frameworkLabel, frameworkPath, type FrameworkStep } from './frameworks.ts';
import { industryFocus, SIZE_NOTES, type IndustryFocus } from './industries.ts';
import { OWNER_ROLES, ownerOf, type OwnerRole } from './owners.ts';
import { SCENARIOS, SCENARIO_KEYS, scenarioFor, type Scenario } from './scenarios.ts';

/** What a catalog entry must carry to be recommended (a Standard, or a row assembled like one). */
export type CatalogStandard = Pick<
  Standard,
  'number' | 'title' | 'summary' | 'frameworkCode' | 'uncertain' | 'links' | 'productionTypes'
>;

/** How many standards a report lists before "show all" (ranked by summed impact). */
export const TOP_STANDARDS = 10;
/** How many standards a roadmap phase names (ranked by summed impact within the phase). */
export const PHASE_STANDARDS = 4;
/** How many priorities the executive summary names. */
export const PRIORITIES = 5;

/**
 * The quick-win rule [D, issue #16]: a requirement of the next level to reach (the lowest
 * level with roadmap gaps, at or below the target), already under way (大部分满足 or 部分满足),
 * whose effort class is not large; of those, the `maxItems` with the highest impact.
 */
export const QUICK_WIN_RULE = { maxItems: 5 } as const;

export function quickWinDefinition(maxItems: number = QUICK_WIN_RULE.maxItems): LocalizedText {
  return {
    zh: `速赢：下一个待达等级中已"大部分满足"或"部分满足"、工作量不为"大"的要求，按影响度取前 ${maxItems} 项（至多 ${maxItems} 项）。`,
    en: `Quick win: a requirement of the next level to reach that is already mostly or partly met and is not a large effort; the ${maxItems} with the highest impact (${maxItems} at most).`,
  };
}

export interface RecommendationContext {
  system: IndicatorSystem;
  /** Profile whose requirements (and extras) the report was scored on; the report's by default. */
  profileId?: string | undefined;
  /** The standards catalog with its links; uncertain entries never reach a recommendation. */
  standards: readonly CatalogStandard[];
  industry: Industry | null;
  size: OrganizationSize | null;
  /** Discrete or process; the profile's by default. Standards of the other type are left out. */
  productionType?: ProductionType | undefined;
}

export interface RecommendedStandard {
  number: string;
  title: LocalizedText;
  summary: LocalizedText;
  frameworkCode: string;
  frameworkLabel: LocalizedText;
  /** The code explained from its part down (A 基础共性 › AE 评价 › AEB 评价方法). */
  framework: FrameworkStep[];
  /** Why it helps the requirement's sub-domain (the catalog link's reason). */
  reason: LocalizedText;
}

export interface RecommendationItem {
  requirementId: string;
  subdomainId: string;
  subdomainName: LocalizedText;
  level: Level;
  /** The requirement to meet. */
  requirement: LocalizedText;
  guidance: LocalizedText | null;
  answer: AnswerChoice | null;
  value: number;
  /** Rise of its level score if fully met (domain.md §3.8). */
  impact: number;
  scenario: Scenario;
  standards: RecommendedStandard[];
  effort: EffortClass;
  /** Meets `QUICK_WIN_RULE` (see `quickWinDefinition`). */
  quickWin: boolean;
  /** Function that owns the item (from its sub-domain). */
  owner: OwnerRole;
  /** Its scenario is one the guide names for the enterprise's industry. */
  industryFocus: boolean;
  /** The level score once this item and every item before it (in this order) are met. */
  levelScoreIfMet: number | null;
}

export interface StandardUse {
  standard: Omit<RecommendedStandard, 'reason'>;
  /** Requirement ids it addresses, in item order. */
  requirementIds: string[];
  /** The requirements it addresses, in words, in item order. */
  requirements: {
    requirementId: string;
    subdomainName: LocalizedText;
    level: Level;
    text: LocalizedText;
    impact: number;
  }[];
  /** Summed impact of the requirements it addresses: the rank of the standard. */
  impact: number;
  /** Among the first `TOP_STANDARDS` of its list (the rest behind "show all"). */
  top: boolean;
  /** One reason per sub-domain it addresses. */
  reasons: { subdomainId: string; subdomainName: LocalizedText; reason: LocalizedText }[];
}

export interface ScenarioUse {
  scenario: Scenario;
  items: number;
  impact: number;
  industryFocus: boolean;
}

export interface RecommendationPhase {
  level: Level;
  levelName: LocalizedText;
  present: boolean;
  levelScore: number | null;
  attainedNow: boolean;
  /** Quick wins first, then domain.md §3.8 order (impact descending, requirement id). */
  items: RecommendationItem[];
  /** Index in `items` after which the level is attained; null when attained or never reached. */
  thresholdReachedAt: number | null;
  quickWins: number;
  /** Scenarios of the items, by total impact descending. */
  scenarios: ScenarioUse[];
  /** Standards of the items, highest summed impact first. */
  standards: StandardUse[];
  /** The plan of the phase (timeline, effort, owners, expected result). */
  plan: PhasePlan;
}

export interface PhasePlan {
  /** Effort classes of its items. */
  effort: Record<EffortClass, number>;
  /** Effort points (S 1, M 2, L 4) and the quarters they are planned over (1–4). */
  points: number;
  quarters: number;
  /** Quarters from the report date to the phase start (phases run one after another). */
  startOffset: number;
  /** Owning functions, by the summed impact of their items (at most three). */
  owners: { role: OwnerRole; name: LocalizedText; items: number }[];
  /** Maturity level and overall score once every item of this and the earlier phases is met. */
  expectedLevel: number;
  expectedScore: number;
}

/** Sub-domains with gaps: the standards that reach them, or plainly that none does. */
export interface SubdomainCoverage {
  subdomainId: string;
  subdomainName: LocalizedText;
  /** Levels of its gaps. */
  levels: Level[];
  /** Numbers of the recommended standards that address its gaps. */
  standards: string[];
  /** Set when no standard does: why, and what to do instead. */
  note: LocalizedText | null;
}

export interface Recommendations {
  systemCode: string;
  maturityLevel: number;
  targetLevel: Level;
  industry: Industry | null;
  size: OrganizationSize | null;
  industryFocus: IndustryFocus | null;
  /** How effort was scaled to the enterprise's size. */
  sizeNote: LocalizedText | null;
  /** One phase per level from the next one up to the target. */
  phases: RecommendationPhase[];
  /** Gaps at levels already attained (to consolidate), in the same order rules. */
  consolidation: RecommendationItem[];
  /** Every standard of the phases, highest summed impact first; `top` marks the first ten. */
  standards: StandardUse[];
  /** How many standards a report shows before "show all". */
  topStandards: number;
  /** Production type the standards were filtered by. */
  productionType: ProductionType;
  /** The quick-win rule in words, for the report and the PDF to print. */
  quickWinDefinition: LocalizedText;
  /** The highest-impact items of the next level to reach (the executive summary's priorities). */
  priorities: RecommendationItem[];
  /** Every sub-domain with a gap: the standards that reach it or a note saying none does. */
  coverage: SubdomainCoverage[];
}

const EFFORT_POINTS: Readonly<Record<EffortClass, number>> = { S: 1, M: 2, L: 4 };
/** Effort points one quarter absorbs [D]: a phase lasts ceil(points / 16) quarters, 1 to 4. */
const POINTS_PER_QUARTER = 16;
const MAX_QUARTERS = 4;

const EPS = 1e-9;

function collectSubdomains(nodes: readonly EffectiveNode[], out: Map<string, EffectiveNode>) {
  for (const n of nodes) {
    if (n.kind === 'subdomain') out.set(n.id, n);
    collectSubdomains(n.children, out);
  }
  return out;
}

/** Quick wins first; the given (§3.8) order is kept within each group. */
function quickWinsFirst(items: RecommendationItem[]): RecommendationItem[] {
  return [...items.filter((i) => i.quickWin), ...items.filter((i) => !i.quickWin)];
}

const byNumber = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function standardUses(items: readonly RecommendationItem[], top: number): StandardUse[] {
  const uses = new Map<string, StandardUse>();
  for (const item of items) {
    for (const s of item.standards) {
      let use = uses.get(s.number);
      if (!use) {
        const { reason: _reason, ...standard } = s;
        use = {
          standard,
          requirementIds: [],
          requirements: [],
          impact: 0,
          top: false,
          reasons: [],
        };
        uses.set(s.number, use);
      }
      if (!use.requirementIds.includes(item.requirementId)) {
        use.requirementIds.push(item.requirementId);
        use.requirements.push({
          requirementId: item.requirementId,
          subdomainName: item.subdomainName,
          level: item.level,
          text: item.requirement,
          impact: item.impact,
        });
        use.impact += item.impact;
      }
      if (!use.reasons.some((r) => r.subdomainId === item.subdomainId)) {
        use.reasons.push({
          subdomainId: item.subdomainId,
          subdomainName: item.subdomainName,
          reason: s.reason,
        });
      }
    }
  }
  const ranked = [...uses.values()].sort(
    (a, b) =>
      b.impact - a.impact ||
      b.requirementIds.length - a.requirementIds.length ||
      byNumber(a.standard.number, b.standard.number),
  );
  ranked.forEach((use, i) => (use.top = i < top));
  return ranked;
}

function scenarioUses(items: readonly RecommendationItem[]): ScenarioUse[] {
  const uses = new Map<string, ScenarioUse>();
  for (const item of items) {
    const use = uses.get(item.scenario.key) ?? {
      scenario: item.scenario,
      items: 0,
      impact: 0,
      industryFocus: item.industryFocus,
    };
    use.items++;
    use.impact += item.impact;
    uses.set(item.scenario.key, use);
  }
  return [...uses.values()].sort(
    (a, b) =>
      b.impact - a.impact ||
      SCENARIO_KEYS.indexOf(a.scenario.key) - SCENARIO_KEYS.indexOf(b.scenario.key),
  );
}

/**
 * What to do about each gap of a report: the requirement to meet, its smart-factory scenario,
 * the confirmed standards to adopt and why, a rough effort class and whether it is a quick win;
 * one phase per roadmap level, quick wins first. Pure: same inputs, same output.
 */
export function recommend(
  report: AssessmentReport,
  context: RecommendationContext,
): Recommendations {
  const { system } = context;
  const subdomains = collectSubdomains(
    effectiveTree(system, context.profileId ?? report.profileId),
    new Map(),
  );
  const requirements = new Map(
    [...subdomains.values()].flatMap((s) => s.requirements.map((r) => [r.id, r] as const)),
  );
  const nodeNames = new Map(report.nodes.map((n) => [n.id, n.name]));
  const focus = context.industry ? industryFocus(context.industry) : null;
  const focusScenarios = new Set(focus?.scenarios ?? []);

  const profileId = context.profileId ?? report.profileId;
  let productionType: ProductionType = context.productionType ?? 'discrete';
  if (!context.productionType) {
    try {
      productionType = resolveProfile(system, profileId).productionType;
    } catch {
      // An unknown profile: the default production type.
    }
  }

  /** Confirmed standards per sub-domain, for the enterprise's production type, with level bands. */
  const standardsBySubdomain = new Map<
    string,
    { standard: RecommendedStandard; minLevel: number; maxLevel: number }[]
  >();
  for (const s of context.standards) {
    if (s.uncertain) continue;
    if (s.productionTypes && !s.productionTypes.includes(productionType)) continue;
    for (const link of s.links) {
      if (link.systemCode !== report.systemCode) continue;
      const list = standardsBySubdomain.get(link.subdomainId) ?? [];
      if (list.some((x) => x.standard.number === s.number)) continue;
      list.push({
        standard: {
          number: s.number,
          title: s.title,
          summary: s.summary,
          frameworkCode: s.frameworkCode,
          frameworkLabel: frameworkLabel(s.frameworkCode),
          framework: frameworkPath(s.frameworkCode),
          reason: link.reason,
        },
        minLevel: link.minLevel ?? 1,
        maxLevel: link.maxLevel ?? 5,
      });
      standardsBySubdomain.set(link.subdomainId, list);
    }
  }
  for (const list of standardsBySubdomain.values()) {
    list.sort((a, b) => byNumber(a.standard.number, b.standard.number));
  }
  const standardsFor = (subdomainId: string, level: number): RecommendedStandard[] =>
    (standardsBySubdomain.get(subdomainId) ?? [])
      .filter((x) => level >= x.minLevel && level <= x.maxLevel)
      .map((x) => x.standard);

  // Quick wins (QUICK_WIN_RULE): candidates of the next level to reach, best impact first.
  const nextLevel = report.roadmap.find((p) => p.items.length > 0)?.level ?? null;
  const quickWinIds = new Set(
    report.roadmap
      .flatMap((p) => p.items)
      .filter(
        (g) =>
          g.level === nextLevel &&
          (g.answer === 'most' || g.answer === 'partial') &&
          effortClass(g.level, g.answer, context.size) !== 'L',
      )
      .sort((a, b) => b.impact - a.impact || byNumber(a.requirementId, b.requirementId))
      .slice(0, QUICK_WIN_RULE.maxItems)
      .map((g) => g.requirementId),
  );

  const itemsOf = (gaps: readonly Gap[]): RecommendationItem[] =>
    gaps.map((gap) => {
      const requirement = requirements.get(gap.requirementId);
      const scenario =
        SCENARIOS[
          scenarioFor(
            gap.subdomainId,
            requirement ?? {
              text: { zh: '', en: '' },
              tags: { lifecycle: [], systemLevel: [], intelligence: [] },
            },
          )
        ];
      const effort = effortClass(gap.level, gap.answer, context.size);
      return {
        requirementId: gap.requirementId,
        subdomainId: gap.subdomainId,
        subdomainName: nodeNames.get(gap.subdomainId) ?? {
          zh: gap.subdomainId,
          en: gap.subdomainId,
        },
        level: gap.level,
        requirement: requirement?.text ?? { zh: gap.requirementId, en: gap.requirementId },
        guidance: requirement?.guidance ?? null,
        answer: gap.answer,
        value: gap.value,
        impact: gap.impact,
        scenario,
        standards: standardsFor(gap.subdomainId, gap.level),
        effort,
        quickWin: gap.kind === 'roadmap' && quickWinIds.has(gap.requirementId),
        owner: ownerOf(gap.subdomainId, scenario.key),
        industryFocus: focusScenarios.has(scenario.key),
        levelScoreIfMet: null,
      };
    });

  const { threshold, thresholdInclusive } = report.parameters;
  const attains = (score: number) =>
    thresholdInclusive ? score >= threshold - EPS : score > threshold + EPS;
  const levelScore = (level: number) => report.levels.find((l) => l.level === level)?.score ?? null;

  /** Level and score (§3.5–3.6) once every level up to `done` scores 1. */
  const projectedResult = (done: number): { level: number; score: number } => {
    const scores = [1, 2, 3, 4, 5].map((l) => (l <= done ? 1 : levelScore(l)));
    let level = 0;
    for (let l = 1; l <= 5; l++) {
      const v = scores[l - 1];
      if (v === null || v === undefined || attains(v)) level = l;
      else break;
    }
    const at = (l: number) => (l < 1 || l > 5 ? 0 : (scores[l - 1] ?? 1));
    const score = level === 0 ? at(1) : level - 1 + at(level) + (level < 5 ? at(level + 1) : 0);
    return { level, score: Math.min(5, score) };
  };

  let offset = 0;
  const planOf = (phase: RoadmapPhase, items: readonly RecommendationItem[]): PhasePlan => {
    const effort: Record<EffortClass, number> = { S: 0, M: 0, L: 0 };
    for (const item of items) effort[item.effort]++;
    const points = items.reduce((n, item) => n + EFFORT_POINTS[item.effort], 0);
    const quarters = items.length
      ? Math.min(MAX_QUARTERS, Math.max(1, Math.ceil(points / POINTS_PER_QUARTER)))
      : 0;
    const owners = new Map<OwnerRole, { impact: number; items: number }>();
    for (const item of items) {
      const o = owners.get(item.owner) ?? { impact: 0, items: 0 };
      o.impact += item.impact;
      o.items++;
      owners.set(item.owner, o);
    }
    // Once every gap of this level is met its level score is 1 (§3.8: the impacts of a level's
    // gaps sum to 1 − S_L); earlier phases are done too, later levels keep their scores.
    const expected = projectedResult(phase.level);
    const plan: PhasePlan = {
      effort,
      points,
      quarters,
      startOffset: offset,
      owners: [...owners.entries()]
        .sort((a, b) => b[1].impact - a[1].impact || b[1].items - a[1].items)
        .slice(0, 3)
        .map(([role, o]) => ({ role, name: OWNER_ROLES[role], items: o.items })),
      expectedLevel: expected.level,
      expectedScore: expected.score,
    };
    offset += quarters;
    return plan;
  };

  const phaseOf = (phase: RoadmapPhase): RecommendationPhase => {
    const items = quickWinsFirst(itemsOf(phase.items));
    let thresholdReachedAt: number | null = null;
    if (phase.levelScore !== null) {
      let score = phase.levelScore;
      items.forEach((item, i) => {
        score += item.impact;
        item.levelScoreIfMet = Math.min(1, score);
        if (thresholdReachedAt === null && !phase.attainedNow && attains(score)) {
          thresholdReachedAt = i;
        }
      });
    }
    return {
      level: phase.level,
      levelName: levelName(system, phase.level),
      present: phase.present,
      levelScore: phase.levelScore,
      attainedNow: phase.attainedNow,
      items,
      thresholdReachedAt,
      quickWins: items.filter((i) => i.quickWin).length,
      scenarios: scenarioUses(items),
      standards: standardUses(items, PHASE_STANDARDS),
      plan: planOf(phase, items),
    };
  };

  const phases = report.roadmap.map(phaseOf);
  const consolidation = quickWinsFirst(itemsOf(report.consolidation));
  const all = [...phases.flatMap((p) => p.items), ...consolidation];
  const standards = standardUses(
    phases.flatMap((p) => p.items),
    TOP_STANDARDS,
  );

  const gapLevels = new Map<
    string,
    { name: LocalizedText; levels: Set<Level>; numbers: Set<string> }
  >();
  for (const item of all) {
    const entry = gapLevels.get(item.subdomainId) ?? {
      name: item.subdomainName,
      levels: new Set<Level>(),
      numbers: new Set<string>(),
    };
    entry.levels.add(item.level);
    for (const st of item.standards) entry.numbers.add(st.number);
    gapLevels.set(item.subdomainId, entry);
  }
  const coverage: SubdomainCoverage[] = [...gapLevels.entries()].map(([subdomainId, e]) => {
    const levels = [...e.levels].sort((a, b) => a - b);
    const numbers = [...e.numbers].sort(byNumber);
    return {
      subdomainId,
      subdomainName: e.name,
      levels,
      standards: numbers,
      note: numbers.length ? null : noStandardNote(subdomainId, levels),
    };
  });

  const priorities = [...(phases.find((p) => p.items.length > 0)?.items ?? [])]
    .sort((a, b) => b.impact - a.impact || byNumber(a.requirementId, b.requirementId))
    .slice(0, PRIORITIES);

  return {
    systemCode: report.systemCode,
    maturityLevel: report.maturityLevel,
    targetLevel: report.targetLevel,
    industry: context.industry,
    size: context.size,
    industryFocus: focus,
    sizeNote: context.size ? SIZE_NOTES[context.size] : null,
    phases,
    consolidation,
    standards,
    topStandards: TOP_STANDARDS,
    productionType,
    quickWinDefinition: quickWinDefinition(),
    priorities,
    coverage,
  };
}
