import { missing } from '../invariant.ts';
import { bigintOps, safeIntegerOps, type IntOps } from './int-ops.ts';
import { cell, LEVEL_COUNT, type ScoringModel } from './model.ts';
import {
  ceil,
  div,
  floor,
  lcm,
  mul,
  ONE,
  rational,
  toNumber,
  ZERO,
  add,
  type Rational,
} from './rational.ts';

/**
 * Everything about the weighting that does not depend on the answer values, in exact
 * integers. For a node X at level L, §3.3 unrolls to
 *   S(X, L) = Σ_s c(X, s, L) · A(s, L),  c = w_eff(s, L) / (w_eff(X, L) · m(s, L) · U)
 * over the present sub-domains s below X, where A is the sum of the answers of s at L in
 * units of 1/U and m their number. Scaling every c of X by one common denominator D(X)
 * (the lcm over all levels) makes each coefficient K = c · D an integer, so a node's level
 * score is an integer numerator over D(X): sums, comparisons and the overall score
 * (n − 1) + S_n + S_(n+1) stay exact, and all level scores of a node share D.
 *
 * A layout depends only on which requirements count (tailoring, 'na' answers), so it is
 * computed once per such pattern and reused while answers change.
 */
export interface Layout<T> {
  ops: IntOps<T>;
  /** Per (node, level): 1 when the node is present. */
  present: Uint8Array;
  /** Per node: the common denominator D of its level scores. */
  denominators: T[];
  /** Per node: a level is attained iff its numerator ≥ this (threshold and ≥/> folded in). */
  thresholds: T[];
  /** Per (node, level): terms termStart[i] .. termStart[i + 1] - 1. */
  termStart: Int32Array;
  termSubdomain: Int32Array;
  termCoefficient: T[];
  /** Per (sub-domain, level): K of the sub-domain in the root's level score (0 when absent). */
  rootCoefficients: T[];
  /** Per (node, level): w_eff as a double, null when absent. */
  effectiveWeights: (number | null)[];
}

export type AnyLayout = Layout<number> | Layout<bigint>;

const SAFE_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
/** Largest multiple of D a computation forms: the overall score (n − 1)·D + 2·D ≤ 6·D. */
const HEADROOM = 6n;

interface ExactTerm {
  subdomain: number;
  coefficient: Rational;
}

export function buildLayout(model: ScoringModel, counts: Int32Array): AnyLayout {
  const { nodes, subdomains } = model;
  const nodeCount = nodes.length;
  const present = new Uint8Array(nodeCount * LEVEL_COUNT);
  const effective: (Rational | null)[] = new Array<Rational | null>(nodeCount * LEVEL_COUNT).fill(
    null,
  );
  const terms: ExactTerm[][] = Array.from({ length: nodeCount * LEVEL_COUNT }, () => []);
  const unit = rational(model.scale.unitDenominator);

  for (let level = 1; level <= LEVEL_COUNT; level++) {
    // Preorder puts children after their parent: walking it backwards settles presence bottom-up.
    for (let x = nodeCount - 1; x >= 0; x--) {
      const node = nodes[x] ?? missing();
      const isPresent =
        node.subdomain >= 0
          ? (counts[cell(node.subdomain, level)] ?? missing()) > 0
          : node.children.some((c) => present[cell(c, level)] === 1);
      present[cell(x, level)] = isPresent ? 1 : 0;
    }
    if (present[cell(0, level)] === 0) continue;
    effective[cell(0, level)] = ONE;
    for (const node of nodes) {
      const own = effective[cell(node.index, level)];
      if (own === null || own === undefined) continue;
      const live = node.children.filter((c) => present[cell(c, level)] === 1);
      const total = live.reduce((acc, c) => add(acc, (nodes[c] ?? missing()).weight), ZERO);
      for (const c of live) {
        effective[cell(c, level)] = mul(own, div((nodes[c] ?? missing()).weight, total));
      }
    }
    // A sub-domain with requirements counting at this level is present, and so is every
    // ancestor of it: all of them got an effective weight above.
    const weightAt = (x: number) => effective[cell(x, level)] ?? missing('effective weight');
    subdomains.forEach((sd, s) => {
      const m = counts[cell(s, level)] ?? missing();
      if (m === 0) return;
      const base = div(weightAt(sd.node), mul(rational(BigInt(m)), unit));
      for (const x of sd.ancestors) {
        (terms[cell(x, level)] ?? missing()).push({
          subdomain: s,
          coefficient: div(base, weightAt(x)),
        });
      }
    });
  }

  const denominators: bigint[] = nodes.map((_, x) => {
    let d = 1n;
    for (let level = 1; level <= LEVEL_COUNT; level++) {
      for (const t of terms[cell(x, level)] ?? missing()) d = lcm(d, t.coefficient.d);
    }
    return d;
  });
  const thresholds = denominators.map((d) => {
    const scaled = mul(model.threshold, rational(d));
    return model.thresholdInclusive ? ceil(scaled) : floor(scaled) + 1n;
  });
  const integerTerms = terms.map((list, i) => {
    const d = denominators[Math.floor(i / LEVEL_COUNT)] ?? missing();
    return list.map((t) => ({
      subdomain: t.subdomain,
      k: t.coefficient.n * (d / t.coefficient.d),
    }));
  });
  const termStart = new Int32Array(terms.length + 1);
  integerTerms.forEach((list, i) => (termStart[i + 1] = (termStart[i] ?? missing()) + list.length));
  const flat = integerTerms.flat();
  const rootCoefficients = new Array<bigint>(subdomains.length * LEVEL_COUNT).fill(0n);
  for (let level = 1; level <= LEVEL_COUNT; level++) {
    for (const t of integerTerms[cell(0, level)] ?? missing()) {
      rootCoefficients[cell(t.subdomain, level)] = t.k;
    }
  }

  const shared = {
    present,
    termStart,
    termSubdomain: Int32Array.from(flat, (t) => t.subdomain),
    effectiveWeights: effective.map((w) => (w === null ? null : toNumber(w))),
  };
  const fitsDoubles = denominators.every((d) => d * HEADROOM <= SAFE_LIMIT);
  const convert = <T>(ops: IntOps<T>): Layout<T> => ({
    ...shared,
    ops,
    denominators: denominators.map(ops.fromBigint),
    thresholds: thresholds.map(ops.fromBigint),
    termCoefficient: flat.map((t) => ops.fromBigint(t.k)),
    rootCoefficients: rootCoefficients.map(ops.fromBigint),
  });
  return fitsDoubles ? convert(safeIntegerOps) : convert(bigintOps);
}
