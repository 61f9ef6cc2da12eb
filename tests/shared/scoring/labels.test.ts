import { describe, expect, test } from 'vitest';
import { levelName, round2, tierForLevel } from '@zhiping/shared';
import { DEPTH3, named } from '../fixtures.ts';

describe('display helpers', () => {
  test.each(
    named(
      [
        { level: 0, zh: '未达一级', en: 'Below level 1' },
        { level: 1, zh: '规划级', en: 'Planning' },
        { level: 5, zh: '引领级', en: 'Leading' },
      ],
      (row) => `level ${row.level} is named ${row.zh} / ${row.en}`,
    ),
  )('%s', (_name, { level, zh, en }) => {
    expect(levelName(DEPTH3, level)).toEqual({ zh, en });
  });

  test('a level outside 0..5 has no name', () => {
    expect(() => levelName(DEPTH3, 6)).toThrow(RangeError);
  });

  test.each(
    named(
      [
        { level: 0, eligible: [], highest: null },
        { level: 1, eligible: [], highest: null },
        { level: 2, eligible: ['基础级', '先进级'], highest: 'advanced' },
        { level: 3, eligible: ['基础级', '先进级', '卓越级'], highest: 'excellent' },
        { level: 4, eligible: ['基础级', '先进级', '卓越级', '领航级'], highest: 'leading' },
        { level: 5, eligible: ['基础级', '先进级', '卓越级', '领航级'], highest: 'leading' },
      ],
      (row) =>
        `maturity level ${row.level} qualifies for ${row.eligible.length === 0 ? 'no smart-factory tier' : row.eligible.join('、')}`,
    ),
  )('%s', (_name, { level, eligible, highest }) => {
    const tiers = tierForLevel(level);
    expect(tiers.eligible.map((t) => t.label.zh)).toEqual(eligible);
    expect(tiers.highest?.key ?? null).toBe(highest);
    expect(tiers.label.zh.length).toBeGreaterThan(0);
    expect(tiers.label.en.length).toBeGreaterThan(0);
  });

  test.each(
    named(
      [
        { value: 0.7125, shown: 0.71 },
        { value: 201 / 200, shown: 1.01 }, // exact 1.005 arrives as 1.00499999999999989…
        { value: 4.8, shown: 4.8 },
        { value: 2 / 3, shown: 0.67 },
        { value: 0.125, shown: 0.13 },
        { value: 0, shown: 0 },
        { value: 5, shown: 5 },
      ],
      (row) => `round2 shows ${row.value} as ${row.shown}`,
    ),
  )('%s', (_name, { value, shown }) => {
    expect(round2(value)).toBe(shown);
  });
});
