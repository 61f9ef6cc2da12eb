import { resolveProfile } from '../indicator-system/profile.ts';
import type { AnswerChoice, CapabilityNode, IndicatorSystem } from '../indicator-system/schema.ts';
import { prepareScoring, type Scorer } from './report.ts';
import type { AssessmentReport, TailoringEntry } from './types.ts';

/** A quick-scan answer: the chosen option's level (0 = none of these yet), or not applicable. */
export type QuickScanChoice = 0 | 1 | 2 | 3 | 4 | 5 | 'na';

export interface QuickScanInput {
  system: IndicatorSystem;
  profileId: string;
  tailoring?: readonly TailoringEntry[] | undefined;
  /** Sub-domain id → choice. An unanswered sub-domain counts as level 0, like a draft. */
  choices: Readonly<Record<string, QuickScanChoice>>;
  /** The version's prepared scorer for this profile, when the caller keeps one (the server). */
  scorer?: Scorer | undefined;
}

/**
 * Scores a quick scan with the full engine (docs/quick-scan.md): choosing level k in a
 * sub-domain stands for every requirement at levels ≤ k fully met and every one above not
 * met; 'na' answers all of the sub-domain's requirements 不适用, which the engine accepts only
 * where each of them allows it. Weights, tailoring, profile exclusions and the threshold are
 * therefore exactly those of a full assessment; the result is indicative, never a judgment.
 */
export function scoreQuickScan(input: QuickScanInput): AssessmentReport {
  const scorer = input.scorer ?? prepareScoring(input.system, input.profileId);
  const profile = resolveProfile(input.system, input.profileId);
  const skipped = new Set([
    ...profile.notApplicable,
    ...(input.tailoring ?? []).map((t) => t.subdomainId),
  ]);
  const answers: Record<string, AnswerChoice> = {};
  const visit = (nodes: readonly CapabilityNode[]) => {
    for (const node of nodes) {
      if (node.children) {
        visit(node.children);
        continue;
      }
      if (skipped.has(node.id)) continue;
      const choice = input.choices[node.id] ?? 0;
      const extra = profile.extraRequirements
        .filter((e) => e.subdomainId === node.id)
        .flatMap((e) => e.requirements);
      for (const r of [...(node.requirements ?? []), ...extra]) {
        answers[r.id] = choice === 'na' ? 'na' : r.level <= choice ? 'full' : 'none';
      }
    }
  };
  visit(input.system.tree);
  return scorer.score({ answers, tailoring: input.tailoring, targetLevel: 5 });
}

/**
 * The `count` weakest sub-domains of a scored quick scan: lowest indicative score first; ties
 * go to the larger effective weight at level 1 (it moves the result most), then to document
 * order. Tailored-out and profile-excluded sub-domains are never weak.
 */
export function weakestQuickScanSubdomains(report: AssessmentReport, count = 3) {
  return report.nodes
    .flatMap((node, position) =>
      node.kind === 'subdomain' && node.score !== null
        ? [{ node, score: node.score, position }]
        : [],
    )
    .sort(
      (a, b) =>
        a.score - b.score ||
        (b.node.effectiveWeights[0] ?? 0) - (a.node.effectiveWeights[0] ?? 0) ||
        a.position - b.position,
    )
    .slice(0, count)
    .map(({ node }) => node);
}
