import type { OrganizationSize } from '../api/common.ts';
import { effectiveTree, type EffectiveNode } from '../indicator-system/profile.ts';
import type {
  AnswerChoice,
  IndicatorSystem,
  Industry,
  Level,
  LocalizedText,
} from '../indicator-system/schema.ts';
import { levelName } from '../scoring/labels.ts';
import type { AssessmentReport, Gap, RoadmapPhase } from '../scoring/types.ts';
import type { Standard } from '../standards/schema.ts';
import { effortClass, type EffortClass } from './effort.ts';
import { frameworkLabel } from './frameworks.ts';
import { industryFocus, SIZE_NOTES, type IndustryFocus } from './industries.ts';
import { SCENARIOS, SCENARIO_KEYS, scenarioFor, type Scenario } from './scenarios.ts';

/** What a catalog entry must carry to be recommended (a Standard, or a row assembled like one). */
export type CatalogStandard = Pick<
  Standard,
  'number' | 'title' | 'summary' | 'frameworkCode' | 'uncertain' | 'links'
>;

export interface RecommendationContext {
  system: IndicatorSystem;
  /** Profile whose requirements (and extras) the report was scored on; the report's by default. */
  profileId?: string | undefined;
  /** The standards catalog with its links; uncertain entries never reach a recommendation. */
  standards: readonly CatalogStandard[];
  industry: Industry | null;
  size: OrganizationSize | null;
}

export interface RecommendedStandard {
  number: string;
  title: LocalizedText;
  summary: LocalizedText;
  frameworkCode: string;
  frameworkLabel: LocalizedText;
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
  /** High impact (top half of its phase), already partly met, and not a large effort. */
  quickWin: boolean;
  /** Its scenario is one the guide names for the enterprise's industry. */
  industryFocus: boolean;
  /** The level score once this item and every item before it (in this order) are met. */
  levelScoreIfMet: number | null;
}

export interface StandardUse {
  standard: Omit<RecommendedStandard, 'reason'>;
  /** Requirement ids it addresses, in item order. */
  requirementIds: string[];
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
  /** Standards of the items, most items addressed first. */
  standards: StandardUse[];
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
  /** Every standard of the phases, most items addressed first. */
  standards: StandardUse[];
}

const EPS = 1e-9;

function collectSubdomains(nodes: readonly EffectiveNode[], out: Map<string, EffectiveNode>) {
  for (const n of nodes) {
    if (n.kind === 'subdomain') out.set(n.id, n);
    collectSubdomains(n.children, out);
  }
  return out;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Quick wins first; the given (§3.8) order is kept within each group. */
function quickWinsFirst(items: RecommendationItem[]): RecommendationItem[] {
  return [...items.filter((i) => i.quickWin), ...items.filter((i) => !i.quickWin)];
}

function standardUses(items: readonly RecommendationItem[]): StandardUse[] {
  const uses = new Map<string, StandardUse>();
  for (const item of items) {
    for (const s of item.standards) {
      let use = uses.get(s.number);
      if (!use) {
        const { reason: _reason, ...standard } = s;
        use = { standard, requirementIds: [], reasons: [] };
        uses.set(s.number, use);
      }
      if (!use.requirementIds.includes(item.requirementId)) {
        use.requirementIds.push(item.requirementId);
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
  return [...uses.values()].sort(
    (a, b) =>
      b.requirementIds.length - a.requirementIds.length ||
      (a.standard.number < b.standard.number ? -1 : a.standard.number > b.standard.number ? 1 : 0),
  );
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

  const standardsBySubdomain = new Map<string, RecommendedStandard[]>();
  for (const s of context.standards) {
    if (s.uncertain) continue;
    for (const link of s.links) {
      if (link.systemCode !== report.systemCode) continue;
      const list = standardsBySubdomain.get(link.subdomainId) ?? [];
      if (list.some((x) => x.number === s.number)) continue;
      list.push({
        number: s.number,
        title: s.title,
        summary: s.summary,
        frameworkCode: s.frameworkCode,
        frameworkLabel: frameworkLabel(s.frameworkCode),
        reason: link.reason,
      });
      standardsBySubdomain.set(link.subdomainId, list);
    }
  }
  for (const list of standardsBySubdomain.values()) {
    list.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  }

  const itemsOf = (gaps: readonly Gap[]): RecommendationItem[] => {
    const highImpact = median(gaps.map((g) => g.impact));
    return gaps.map((gap) => {
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
        standards: standardsBySubdomain.get(gap.subdomainId) ?? [],
        effort,
        quickWin: gap.value > 0 && gap.impact >= highImpact - EPS && effort !== 'L',
        industryFocus: focusScenarios.has(scenario.key),
        levelScoreIfMet: null,
      };
    });
  };

  const { threshold, thresholdInclusive } = report.parameters;
  const attains = (score: number) =>
    thresholdInclusive ? score >= threshold - EPS : score > threshold + EPS;

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
      standards: standardUses(items),
    };
  };

  const phases = report.roadmap.map(phaseOf);
  return {
    systemCode: report.systemCode,
    maturityLevel: report.maturityLevel,
    targetLevel: report.targetLevel,
    industry: context.industry,
    size: context.size,
    industryFocus: focus,
    sizeNote: context.size ? SIZE_NOTES[context.size] : null,
    phases,
    consolidation: quickWinsFirst(itemsOf(report.consolidation)),
    standards: standardUses(phases.flatMap((p) => p.items)),
  };
}
