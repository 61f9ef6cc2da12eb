/**
 * Exact rationals over bigint. Used where scores are set up (weights, renormalization,
 * thresholds) so that no floating-point error can ever flip a comparison (domain.md §3.9).
 * Invariant: d > 0 and gcd(|n|, d) = 1.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  return a === 0n || b === 0n ? 0n : (a / gcd(a, b)) * b;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('rational with a zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const add = (a: Rational, b: Rational): Rational =>
  rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational =>
  rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
export const compare = (a: Rational, b: Rational): number => {
  const diff = a.n * b.d - b.n * a.d;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
};

/** Largest integer ≤ r. */
export function floor(r: Rational): bigint {
  const q = r.n / r.d;
  return r.n < 0n && q * r.d !== r.n ? q - 1n : q;
}

/** Smallest integer ≥ r. */
export function ceil(r: Rational): bigint {
  return -floor({ n: -r.n, d: r.d });
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact value of the decimal a JSON document wrote. JavaScript prints a parsed number
 * with the shortest digits that read back to it, so for a literal such as 0.8 (≤ 17
 * significant digits) the printed digits are the literal's digits: 0.8 becomes 4/5, not
 * the binary double 0.8000000000000000444….
 */
export function fromDecimal(x: number): Rational {
  const match = DECIMAL.exec(String(x));
  if (!Number.isFinite(x) || match === null) throw new RangeError(`not a finite decimal: ${x}`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return shift >= 0
    ? rational(digits * 10n ** BigInt(shift))
    : rational(digits, 10n ** BigInt(-shift));
}

const MICRO = 10n ** 6n;

/**
 * A document decimal as the format means it: at most 6 decimals. The schema accepts values
 * within 1e-12 of such a decimal (a generator's 0.1 + 0.2 = 0.30000000000000004), so read
 * those as the 6-decimal value they stand for, not as a 17-digit fraction.
 */
export function fromDocumentDecimal(x: number): Rational {
  const exact = fromDecimal(x);
  if (MICRO % exact.d === 0n) return exact;
  const scaled = exact.n * MICRO;
  const twice = (2n * (scaled < 0n ? -scaled : scaled) + exact.d) / (2n * exact.d);
  return rational(scaled < 0n ? -twice : twice, MICRO);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * n / d as the nearest double. IEEE division of two exactly representable integers is
 * correctly rounded; larger operands are scaled to a ≥ 64-bit quotient with a sticky bit
 * so the final rounding stays correct.
 */
export function ratioToNumber(n: bigint, d: bigint): number {
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  if (an <= MAX_SAFE && ad <= MAX_SAFE) return (negative ? -1 : 1) * (Number(an) / Number(ad));
  const shift = Math.max(0, 66 - (bitLength(an) - bitLength(ad)));
  const scaled = an << BigInt(shift);
  let q = scaled / ad;
  if (q * ad !== scaled) q |= 1n;
  return (negative ? -1 : 1) * (Number(q) / 2 ** shift);
}

export const toNumber = (r: Rational): number => ratioToNumber(r.n, r.d);
