import { missing } from '../invariant.ts';
import type { Layout } from './layout.ts';
import { cell, LEVEL_COUNT } from './model.ts';

/** Level-score numerators of every node: N(X, L) = Σ K · A over X's terms (§3.2–3.4). */
export function levelNumerators<T>(layout: Layout<T>, sums: ArrayLike<T>, nodeCount: number): T[] {
  const { ops, termStart, termSubdomain, termCoefficient } = layout;
  const out = new Array<T>(nodeCount * LEVEL_COUNT);
  let start = termStart[0] ?? missing();
  for (let i = 0; i < out.length; i++) {
    const end = termStart[i + 1] ?? missing();
    let acc = ops.zero;
    for (let t = start; t < end; t++) {
      const s = termSubdomain[t] ?? missing();
      const coefficient = termCoefficient[t] ?? missing();
      const sum = sums[s * LEVEL_COUNT + (i % LEVEL_COUNT)] ?? missing();
      acc = ops.add(acc, ops.mul(coefficient, sum));
    }
    out[i] = acc;
    start = end;
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
  const denominator = layout.denominators[x] ?? missing();
  const threshold = layout.thresholds[x] ?? missing();
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
      const numerator = numerators[i] ?? missing();
      levelScores.push(ops.ratio(numerator, denominator));
      attained = ops.compare(numerator, threshold) >= 0;
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
  if (level === 0) total = numerators[cell(x, 1)] ?? missing();
  else {
    const sn =
      present[cell(x, level)] === 1 ? (numerators[cell(x, level)] ?? missing()) : denominator;
    total = ops.add(ops.mul(ops.fromSafeInteger(level - 1), denominator), sn);
    // Level n + 1 is present whenever n < 5: an absent level above an attained one is attained.
    if (level < LEVEL_COUNT) total = ops.add(total, numerators[cell(x, level + 1)] ?? missing());
  }
  return { levelScores, levelAttained, level, score: ops.ratio(total, denominator) };
}
