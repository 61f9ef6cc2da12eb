import { ratioToNumber } from './rational.ts';

/**
 * Integer arithmetic the per-assessment scoring runs on. Every score of a node is an
 * integer numerator over that node's fixed denominator, so scoring needs only integer
 * +, −, × and comparisons. Doubles are exact on integers up to 2^53; the layout picks
 * `safeIntegerOps` when it can prove every value stays below that, else `bigintOps`.
 */
export interface IntOps<T> {
  readonly kind: 'safe-integer' | 'bigint';
  readonly zero: T;
  readonly fromBigint: (value: bigint) => T;
  readonly fromSafeInteger: (value: number) => T;
  readonly add: (a: T, b: T) => T;
  readonly mul: (a: T, b: T) => T;
  /** Negative, zero or positive like a comparator. */
  readonly compare: (a: T, b: T) => number;
  /** numerator / denominator as the nearest double (for output only). */
  readonly ratio: (numerator: T, denominator: T) => number;
}

export const safeIntegerOps: IntOps<number> = {
  kind: 'safe-integer',
  zero: 0,
  fromBigint: (value) => Number(value),
  fromSafeInteger: (value) => value,
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
  compare: (a, b) => a - b,
  ratio: (numerator, denominator) => numerator / denominator,
};

export const bigintOps: IntOps<bigint> = {
  kind: 'bigint',
  zero: 0n,
  fromBigint: (value) => value,
  fromSafeInteger: (value) => BigInt(value),
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
  compare: (a, b) => (a === b ? 0 : a < b ? -1 : 1),
  ratio: ratioToNumber,
};
