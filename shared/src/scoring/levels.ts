import type { Layout } from './layout.ts';
import { cell, LEVEL_COUNT } from './model.ts';

/** Level-score numerators of every node: N(X, L) = Σ K · A over X's terms (§3.2–3.4). */
export function levelNumerators<T>(layout: Layout<T>, sums: ArrayLike<T>, nodeCount: number): T[] {
  const { ops, termStart, termSubdomain, termCoefficient } = layout;
  const out = new Array<T>(nodeCount * LEVEL_COUNT);
  for (let i = 0; i < out.length; i++) {
    let acc = ops.zero;
    for (let t = termStart[i]!; t < termStart[i + 1]!; t++) {
      const s = termSubdomain[t]!;
      acc = ops.add(acc, ops.mul(termCoefficient[t]!, sums[s * LEVEL_COUNT + (i % LEVEL_COUNT)]!));
    }
    out[i] = acc;
  }
  return out;
}

export interface NodeLevels {
  levelScores: (number | null)[];
  levelAttained: boolean[];
  /** null when the node is absent at every level. */
  level: number | null;
  score: number | null;
}

/**
 * §3.5–3.7 for one node: attainment per level, the cumulative level n and the overall
 * score (n − 1) + S_n + S_(n+1), where an absent level counts as attained when the level
 * below is, with S_L = 1.
 */
export function evaluateNode<T>(
  layout: Layout<T>,
  numerators: readonly T[],
  x: number,
): NodeLevels {
  const { ops, present } = layout;
  const denominator = layout.denominators[x]!;
  const threshold = layout.thresholds[x]!;
  const levelScores: (number | null)[] = [];
  const levelAttained: boolean[] = [];
  let anyPresent = false;
  let level = 0;
  let below = true;
  for (let l = 1; l <= LEVEL_COUNT; l++) {
    const i = cell(x, l);
    let attained: boolean;
    if (present[i] === 1) {
      anyPresent = true;
      levelScores.push(ops.ratio(numerators[i]!, denominator));
      attained = ops.compare(numerators[i]!, threshold) >= 0;
    } else {
      levelScores.push(null);
      attained = below;
    }
    levelAttained.push(attained);
    if (attained && level === l - 1) level = l;
    below = attained;
  }
  if (!anyPresent) return { levelScores, levelAttained, level: null, score: null };

  // An absent level counts as S_L = 1, i.e. numerator = denominator.
  let total: T;
  if (level === 0) total = numerators[cell(x, 1)]!;
  else {
    const sn = present[cell(x, level)] === 1 ? numerators[cell(x, level)]! : denominator;
    total = ops.add(ops.mul(ops.fromSafeInteger(level - 1), denominator), sn);
    // Level n + 1 is present whenever n < 5: an absent level above an attained one is attained.
    if (level < LEVEL_COUNT) total = ops.add(total, numerators[cell(x, level + 1)]!);
  }
  return { levelScores, levelAttained, level, score: ops.ratio(total, denominator) };
}
