import { describe, expect, test } from 'vitest';
import { computeReport, type AnswerChoice, type Level } from '@zhiping/shared';
import { answersAll, DEPTH3, named } from '../fixtures.ts';

// DEPTH3 effective weights: s1 3/8, s2 3/8, s3 1/16, s4 3/16. Impact of a requirement =
// w_eff(s, L) · (1 − x) / (applicable requirements of s at L), hand-computed below.

const report = (overrides: Record<string, AnswerChoice | undefined>, targetLevel: Level) =>
  computeReport({
    system: DEPTH3,
    profileId: 'discrete',
    tailoring: [],
    answers: answersAll(DEPTH3, 'full', overrides),
    targetLevel,
  });

describe('§3.8 gaps, impact and order', () => {
  const mixed = report(
    {
      's1.1a': 'none', // 3/8 · 1 / 3 = 0.125
      's1.1b': 'partial', // 3/8 · 0.5 / 3 = 0.0625
      's3.1a': 'none', // 1/16 · 1 / 1 = 0.0625 (ties with s1.1b: id order)
      's4.1a': 'most', // 3/16 · 0.2 / 1 = 0.0375
      's2.2a': 'partial', // 3/8 · 0.5 / 1 = 0.1875
      's4.2b': undefined, // unanswered: 3/16 · 1 / 2 = 0.09375
      's2.4a': 'none', // above the target: not a gap
    },
    3,
  );

  test('gaps are ordered by level, then impact descending, then requirement id', () => {
    expect(mixed.gaps.map((g) => [g.requirementId, g.level, g.impact])).toEqual([
      ['s1.1a', 1, 0.125],
      ['s1.1b', 1, 0.0625],
      ['s3.1a', 1, 0.0625],
      ['s4.1a', 1, 0.0375],
      ['s2.2a', 2, 0.1875],
      ['s4.2b', 2, 0.09375],
    ]);
  });

  test.each(
    named(
      [
        { requirementId: 's1.1b', subdomainId: 's1', answer: 'partial', value: 0.5 },
        { requirementId: 's4.1a', subdomainId: 's4', answer: 'most', value: 0.8 },
        { requirementId: 's4.2b', subdomainId: 's4', answer: null, value: 0 },
      ],
      (row) =>
        `gap ${row.requirementId} carries its sub-domain, answer ${row.answer ?? '(none)'} and value ${row.value}`,
    ),
  )('%s', (_name, expected) => {
    expect(mixed.gaps.find((g) => g.requirementId === expected.requirementId)).toMatchObject({
      ...expected,
      kind: 'roadmap',
    });
  });

  test('the level scores agree with the impacts: S_1 = 1 − 0.2875, S_2 = 1 − 0.28125', () => {
    expect(mixed.levels.map((l) => l.score)).toEqual([0.7125, 0.71875, 1, 0.625, 1]);
    expect([mixed.maturityLevel, mixed.score]).toEqual([0, 0.7125]);
  });

  test('the roadmap has one phase per level n+1..T with cumulative scores and the threshold index', () => {
    expect(
      mixed.roadmap.map((p) => ({
        level: p.level,
        now: p.levelScore,
        attainedNow: p.attainedNow,
        ifMet: p.items.map((i) => [i.requirementId, i.levelScoreIfMet]),
        reachedAt: p.thresholdReachedAt,
      })),
    ).toEqual([
      {
        level: 1,
        now: 0.7125,
        attainedNow: false,
        ifMet: [
          ['s1.1a', 0.8375],
          ['s1.1b', 0.9],
          ['s3.1a', 0.9625],
          ['s4.1a', 1],
        ],
        reachedAt: 0,
      },
      {
        level: 2,
        now: 0.71875,
        attainedNow: false,
        ifMet: [
          ['s2.2a', 0.90625],
          ['s4.2b', 1],
        ],
        reachedAt: 0,
      },
      { level: 3, now: 1, attainedNow: true, ifMet: [], reachedAt: null },
    ]);
    expect(mixed.consolidation).toEqual([]);
  });

  test('the threshold index points at the first item that lifts the level over it', () => {
    // s1 at L1 all none: S_1 = 1 − 3/8 = 0.625; each item adds 0.125.
    const r = report({ 's1.1a': 'none', 's1.1b': 'none', 's1.1c': 'none' }, 1);
    const phase = r.roadmap[0]!;
    expect(phase.items.map((i) => i.levelScoreIfMet)).toEqual([0.75, 0.875, 1]);
    expect(phase.thresholdReachedAt).toBe(1);
  });

  test.each(
    named<{ target: Level; roadmapLevels: number[]; consolidation: string[] }>(
      [
        { target: 5, roadmapLevels: [], consolidation: ['s1.1a', 's2.5a'] },
        { target: 3, roadmapLevels: [], consolidation: ['s1.1a'] },
      ],
      (row) => `with every level attained and target ${row.target}, gaps go to consolidation`,
    ),
  )('%s', (_name, { target, roadmapLevels, consolidation }) => {
    const r = report({ 's1.1a': 'most', 's2.5a': 'partial' }, target);
    expect(r.maturityLevel).toBe(5);
    expect(r.roadmap.map((p) => p.level)).toEqual(roadmapLevels);
    expect(r.consolidation.map((g) => g.requirementId)).toEqual(consolidation);
    // 3/8 · 0.2 / 3 = 0.025
    expect(r.consolidation[0]).toMatchObject({ impact: 0.025, kind: 'consolidation' });
  });

  test('gaps at attained levels are consolidation, those above n are roadmap', () => {
    const r = report({ 's1.1a': 'most', 's2.2a': 'none', 's4.3a': 'partial' }, 3);
    expect(r.maturityLevel).toBe(1);
    expect(r.gaps.map((g) => [g.requirementId, g.kind])).toEqual([
      ['s1.1a', 'consolidation'],
      ['s2.2a', 'roadmap'],
      ['s4.3a', 'roadmap'],
    ]);
    expect(r.roadmap.map((p) => [p.level, p.items.map((i) => i.requirementId)])).toEqual([
      [2, ['s2.2a']],
      [3, ['s4.3a']],
    ]);
    // L3 = 1 − 3/16 · 0.5 = 0.90625 is attained already, so nothing to reach.
    expect(r.roadmap[1]).toMatchObject({ attainedNow: true, thresholdReachedAt: null });
  });

  test("'na' answers and tailored-out sub-domains are never gaps", () => {
    const r = computeReport({
      system: DEPTH3,
      profileId: 'discrete',
      tailoring: [{ subdomainId: 's3', reason: 'not made here' }],
      answers: answersAll(DEPTH3, 'none', { 's2.3b': 'na' }),
      targetLevel: 5,
    });
    const ids = r.gaps.map((g) => g.requirementId);
    expect(ids).not.toContain('s2.3b');
    expect(ids.filter((id) => id.startsWith('s3.'))).toEqual([]);
    expect(ids).toHaveLength(24 - 1 - 5);
  });
});
