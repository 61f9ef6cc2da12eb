import {
  effectiveTree,
  type AnswerChoice,
  type EffectiveNode,
  type IndicatorSystem,
} from '@zhiping/shared';

/**
 * domain.md §3 transcribed as directly as possible, in floating point, to cross-check the
 * engine's exact integer layouts on random documents. Deliberately naive: recursion over
 * the tree, no precomputation, nothing shared with src/scoring.
 */
export interface ReferenceNode {
  levelScores: (number | null)[];
  effectiveWeights: (number | null)[];
}

export interface ReferenceResult {
  root: (number | null)[];
  nodes: Map<string, ReferenceNode>;
  /** Impact of every gap at any level, by requirement id. */
  impacts: Map<string, number>;
}

export function referenceScores(
  system: IndicatorSystem,
  profileId: string,
  tailored: readonly string[],
  answers: Readonly<Record<string, AnswerChoice>>,
): ReferenceResult {
  const scale = system.scoring.answerScale;
  const tree = effectiveTree(system, profileId);
  const nodes = new Map<string, ReferenceNode>();
  const impacts = new Map<string, number>();
  const counted = (n: EffectiveNode, level: number) =>
    n.notApplicable || tailored.includes(n.id)
      ? []
      : n.requirements.filter((r) => r.level === level && answers[r.id] !== 'na');

  const score = (n: EffectiveNode, level: number): number | null => {
    if (n.kind === 'subdomain') {
      const reqs = counted(n, level);
      if (reqs.length === 0) return null;
      const value = (id: string) => {
        const a = answers[id];
        return a === undefined || a === 'na' ? 0 : scale[a];
      };
      return reqs.reduce((acc, r) => acc + value(r.id), 0) / reqs.length;
    }
    return weightedMean(n.children, level);
  };
  const weightedMean = (children: EffectiveNode[], level: number): number | null => {
    const present = children
      .map((c) => ({ c, s: score(c, level) }))
      .filter((x): x is { c: EffectiveNode; s: number } => x.s !== null);
    if (present.length === 0) return null;
    const total = present.reduce((acc, x) => acc + x.c.weight, 0);
    return present.reduce((acc, x) => acc + (x.c.weight / total) * x.s, 0);
  };
  const weights = (children: EffectiveNode[], level: number, above: number | null) => {
    const present = children.filter((c) => score(c, level) !== null);
    const total = present.reduce((acc, c) => acc + c.weight, 0);
    for (const c of children) {
      const w = above !== null && present.includes(c) ? (above * c.weight) / total : null;
      const entry = nodes.get(c.id) ?? { levelScores: [], effectiveWeights: [] };
      entry.levelScores[level - 1] = score(c, level);
      entry.effectiveWeights[level - 1] = w;
      nodes.set(c.id, entry);
      if (c.kind === 'subdomain' && w !== null) {
        const reqs = counted(c, level);
        for (const r of reqs) {
          const a = answers[r.id];
          const x = a === undefined || a === 'na' ? 0 : scale[a];
          if (x < scale.full) impacts.set(r.id, (w * (scale.full - x)) / reqs.length);
        }
      }
      weights(c.children, level, w);
    }
  };
  const root: (number | null)[] = [];
  for (let level = 1; level <= 5; level++) {
    const s = weightedMean(tree, level);
    root.push(s);
    weights(tree, level, s === null ? null : 1);
  }
  return { root, nodes, impacts };
}
