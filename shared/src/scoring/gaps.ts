import type { Level } from '../indicator-system/schema.ts';
import { missing } from '../invariant.ts';
import type { Tally } from './answers.ts';
import type { Layout } from './layout.ts';
import { cell, type ScoringModel } from './model.ts';
import type { Gap, RoadmapPhase } from './types.ts';

/**
 * §3.8: every applicable requirement at a level ≤ target scored below `full`. Its impact
 * w_eff(s, L) · (full − x) / m(s, L) is exactly K_root(s, L) · (u_full − u) over D(root).
 * Within a level all impacts share D(root), so the integer numerators order them exactly.
 * Returns requirement indices in gap order and the impact numerators by requirement.
 */
function rankGaps<T>(model: ScoringModel, tally: Tally, layout: Layout<T>, target: Level) {
  const { ops, rootCoefficients } = layout;
  const { requirements, idRank } = model;
  const full = model.scale.units.full;
  const impacts = new Array<T>(requirements.length);
  const order: number[] = [];
  for (let r = 0; r < requirements.length; r++) {
    const requirement = requirements[r] ?? missing();
    const units = tally.units[r] ?? missing();
    if (requirement.level > target || units < 0 || units >= full) continue;
    const k = rootCoefficients[cell(requirement.subdomain, requirement.level)] ?? missing();
    impacts[r] = ops.mul(k, ops.fromSafeInteger(full - units));
    order.push(r);
  }
  order.sort(
    (a, b) =>
      (requirements[a] ?? missing()).level - (requirements[b] ?? missing()).level ||
      ops.compare(impacts[b] ?? missing(), impacts[a] ?? missing()) ||
      (idRank[a] ?? missing()) - (idRank[b] ?? missing()),
  );
  return { order, impacts };
}

export interface GapResults {
  gaps: Gap[];
  roadmap: RoadmapPhase[];
  consolidation: Gap[];
}

export function buildGaps<T>(
  model: ScoringModel,
  tally: Tally,
  layout: Layout<T>,
  rootNumerators: readonly T[],
  rootAttained: readonly boolean[],
  maturityLevel: number,
  target: Level,
): GapResults {
  const { ops } = layout;
  const denominator = layout.denominators[0] ?? missing();
  const threshold = layout.thresholds[0] ?? missing();
  const { order, impacts } = rankGaps(model, tally, layout, target);
  const gaps: Gap[] = [];
  const consolidation: Gap[] = [];
  const roadmap: RoadmapPhase[] = [];
  let phase: RoadmapPhase | null = null;
  let running: T = ops.zero;
  for (let level = 1, i = 0; level <= target; level++) {
    if (level > maturityLevel) {
      const present = layout.present[cell(0, level)] === 1;
      running = rootNumerators[level - 1] ?? missing();
      phase = {
        level: level as Level,
        present,
        levelScore: present ? ops.ratio(running, denominator) : null,
        attainedNow: rootAttained[level - 1] ?? missing(),
        items: [],
        thresholdReachedAt: null,
      };
      roadmap.push(phase);
    }
    for (; i < order.length; i++) {
      const r = order[i] ?? missing();
      const requirement = model.requirements[r] ?? missing();
      if (requirement.level !== level) break;
      const answer = tally.choices[r] ?? null;
      const gap: Gap = {
        requirementId: requirement.id,
        subdomainId: (model.subdomains[requirement.subdomain] ?? missing()).id,
        level: requirement.level,
        answer,
        value: answer === null || answer === 'na' ? 0 : model.scale.values[answer],
        impact: ops.ratio(impacts[r] ?? missing(), denominator),
        kind: phase === null ? 'consolidation' : 'roadmap',
      };
      gaps.push(gap);
      if (phase === null) {
        consolidation.push(gap);
        continue;
      }
      running = ops.add(running, impacts[r] ?? missing());
      if (
        !phase.attainedNow &&
        phase.thresholdReachedAt === null &&
        ops.compare(running, threshold) >= 0
      ) {
        phase.thresholdReachedAt = phase.items.length;
      }
      phase.items.push({
        requirementId: gap.requirementId,
        subdomainId: gap.subdomainId,
        level: gap.level,
        answer: gap.answer,
        value: gap.value,
        impact: gap.impact,
        kind: gap.kind,
        levelScoreIfMet: ops.ratio(running, denominator),
      });
    }
  }
  return { gaps, roadmap, consolidation };
}
