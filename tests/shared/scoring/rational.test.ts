import { describe, expect, test } from 'vitest';
import {
  add,
  ceil,
  compare,
  div,
  floor,
  fromDecimal,
  fromDocumentDecimal,
  mul,
  rational,
  ratioToNumber,
  sub,
} from '@zhiping/shared/scoring/rational';
import { named } from '../fixtures.ts';

const r = (n: number, d = 1) => rational(BigInt(n), BigInt(d));

describe('exact rationals', () => {
  test.each(
    named(
      [
        { x: 0.8, n: 4n, d: 5n },
        { x: 0.1, n: 1n, d: 10n },
        { x: 0.000001, n: 1n, d: 1000000n },
        { x: 123.456789, n: 123456789n, d: 1000000n },
        { x: -0.5, n: -1n, d: 2n },
        { x: 3, n: 3n, d: 1n },
        { x: 1e21, n: 10n ** 21n, d: 1n },
        { x: 1.5e-7, n: 3n, d: 20000000n },
      ],
      (row) => `the decimal ${row.x} reads as exactly ${row.n}/${row.d}`,
    ),
  )('%s', (_name, { x, n, d }) => {
    expect(fromDecimal(x)).toEqual({ n, d });
  });

  test.each(
    named(
      [
        { x: 0.1 + 0.2, n: 3n, d: 10n },
        { x: 0.8, n: 4n, d: 5n },
        { x: 1 / 3, n: 333333n, d: 1000000n },
        { x: -(0.1 + 0.2), n: -3n, d: 10n },
      ],
      (row) => `a document decimal ${row.x} reads as its 6-decimal value ${row.n}/${row.d}`,
    ),
  )('%s', (_name, { x, n, d }) => {
    expect(fromDocumentDecimal(x)).toEqual({ n, d });
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY])('%s is not a decimal', (x) => {
    expect(() => fromDecimal(x)).toThrow(RangeError);
  });

  test.each(
    named(
      [
        { op: '1/3 + 1/6', value: add(r(1, 3), r(1, 6)), expected: r(1, 2) },
        { op: '1/3 − 1/2', value: sub(r(1, 3), r(1, 2)), expected: r(-1, 6) },
        { op: '2/3 × 9/4', value: mul(r(2, 3), r(9, 4)), expected: r(3, 2) },
        { op: '(1/2) ÷ (−3/4)', value: div(r(1, 2), r(-3, 4)), expected: r(-2, 3) },
        {
          op: '4/5 + 4/5 + 4/5, ÷ 3',
          value: div(add(add(r(4, 5), r(4, 5)), r(4, 5)), r(3)),
          expected: r(4, 5),
        },
      ],
      (row) => `${row.op} is normalized by the gcd with a positive denominator`,
    ),
  )('%s', (_name, { value, expected }) => {
    expect(value).toEqual(expected);
  });

  test.each(
    named(
      [
        { a: r(7, 2), floor: 3n, ceil: 4n },
        { a: r(-7, 2), floor: -4n, ceil: -3n },
        { a: r(6, 2), floor: 3n, ceil: 3n },
      ],
      (row) => `floor and ceil of ${row.a.n}/${row.a.d} are ${row.floor} and ${row.ceil}`,
    ),
  )('%s', (_name, { a, floor: f, ceil: c }) => {
    expect([floor(a), ceil(a)]).toEqual([f, c]);
  });

  test('compare orders exactly, even where doubles would tie', () => {
    const big = 2n ** 60n;
    expect(compare(rational(big + 1n, big), rational(big, big - 1n))).toBe(-1);
    expect(compare(r(2, 4), r(1, 2))).toBe(0);
  });

  test.each(
    named(
      [
        { n: 1n, d: 3n, expected: 1 / 3 },
        { n: 4n, d: 5n, expected: 0.8 },
        { n: 10n ** 30n + 1n, d: 3n * 10n ** 30n, expected: 1 / 3 },
        { n: 4n * 10n ** 25n, d: 5n * 10n ** 25n, expected: 0.8 },
        { n: -(2n ** 70n), d: 3n * 2n ** 70n, expected: -1 / 3 },
      ],
      (row) => `${row.n} / ${row.d} converts to the nearest double`,
    ),
  )('%s', (_name, { n, d, expected }) => {
    expect(ratioToNumber(n, d)).toBe(expected);
  });
});
