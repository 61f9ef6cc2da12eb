import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifySize, divisionRange, industryEntryOf, inDivision } from '@zhiping/shared';
import { industryCatalog } from '../../seeds/reference/industries.ts';
import { sizeRule } from '../../seeds/reference/size-rule.ts';
import { checkDivisions, checkIndustries, checkSizeRule } from '../../seeds/reference/index.ts';

describe('the 2017 size rule for industry', () => {
  test.each([
    [1000, 40000, 'large'],
    [5000, 39999, 'medium'],
    [999, 100000, 'medium'],
    [300, 2000, 'medium'],
    [300, 1999, 'small'],
    [20, 300, 'small'],
    [19, 5000, 'micro'],
    [0, 0, 'micro'],
  ] as const)('%i staff and %i 万元 revenue is %s', (staff, revenue, size) => {
    expect(classifySize(sizeRule, staff, revenue)).toBe(size);
  });
});

describe('industry codes', () => {
  test.each([
    ['371', 'rail_transit'],
    ['373', 'shipbuilding'],
    ['374', 'aerospace'],
    ['36', 'automotive'],
    ['361', 'automotive'],
    ['31', 'steel'],
  ] as const)('%s picks the %s profile', (code, profile) => {
    expect(industryEntryOf(industryCatalog.entries, code)?.profile).toBe(profile);
  });
  test('a code outside manufacturing has no entry', () => {
    expect(industryEntryOf(industryCatalog.entries, '51')).toBeUndefined();
  });
});

describe('division subtrees', () => {
  test.each([
    [{ code: '320000', level: 'province' as const }, '320506', true],
    [{ code: '320500', level: 'city' as const }, '320506', true],
    [{ code: '320500', level: 'city' as const }, '320205', false],
    [{ code: '320506', level: 'county' as const }, '320506', true],
    [{ code: '320000', level: 'province' as const }, '330106', false],
  ])('%o contains %s: %s', (division, code, inside) => {
    expect(inDivision(division, code)).toBe(inside);
  });
  test('a province range is XX0000–XX9999', () => {
    expect(divisionRange({ code: '320000', level: 'province' })).toEqual(['320000', '329999']);
  });
});

describe('the reference checks', () => {
  const data = (f: string) =>
    JSON.parse(readFileSync(join(__dirname, '../../seeds/data/reference', f), 'utf8')) as unknown;
  test('the committed files pass', () => {
    const problems: unknown[] = [];
    checkDivisions(data('divisions.json'), problems as never);
    checkIndustries(data('industries.json'), problems as never);
    checkSizeRule(data('size-rule.json'), problems as never);
    expect(problems).toEqual([]);
  });
  test('a missing 大类 and a county outside its city are reported', () => {
    const problems: { path: string }[] = [];
    checkIndustries(
      { ...industryCatalog, entries: industryCatalog.entries.filter((e) => e.code !== '36') },
      problems as never,
    );
    const divisions = data('divisions.json') as {
      divisions: { code: string; parent: string | null }[];
    };
    const county = divisions.divisions.find((d) => d.code === '320506')!;
    county.parent = '330100';
    checkDivisions(divisions, problems as never);
    expect(problems.map((p) => p.path)).toEqual(['36', '320506']);
  });
});
