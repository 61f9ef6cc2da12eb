import { describe, expect, test } from 'vitest';
import {
  answersAll,
  answersByLevel,
  DEPTH2,
  DEPTH3,
  depth3Document,
  load,
  named,
  nodeOf as node,
  score,
} from '../fixtures.ts';

// Expected values are worked out by hand from domain.md §3 and the fixture weights
// (DEPTH3: s1 3/8, s2 3/8, s3 1/16, s4 3/16; DEPTH2: sa1 1/4, sa2 1/4, sb 1/2).

describe('§3.5–3.6 levels and the overall score', () => {
  test.each(
    named(
      [
        {
          case: 'every answer full gives level 5, score 5',
          answers: answersAll(DEPTH3, 'full'),
          level: 5,
          score: 5,
        },
        {
          case: 'every answer most gives level 5, score 4.8',
          answers: answersAll(DEPTH3, 'most'),
          level: 5,
          score: 4.8,
        },
        {
          case: 'every answer none gives level 0, score 0',
          answers: answersAll(DEPTH3, 'none'),
          level: 0,
          score: 0,
        },
        { case: 'nothing answered gives level 0, score 0', answers: {}, level: 0, score: 0 },
        {
          case: 'level 1 below threshold gives n = 0 and S = S_1, whatever the levels above',
          answers: answersAll(DEPTH3, 'full', {
            's1.1a': 'partial',
            's1.1b': 'partial',
            's1.1c': 'partial',
            's2.1a': 'partial',
            's3.1a': 'partial',
            's4.1a': 'partial',
          }),
          level: 0,
          score: 0.5,
        },
        {
          case: 'L1 and L3 attained but not L2 gives level 1 (cumulative), S = 0 + 1 + 0',
          answers: answersAll(DEPTH3, 'full', {
            's1.2a': 'none',
            's2.2a': 'none',
            's3.2a': 'none',
            's4.2a': 'none',
            's4.2b': 'none',
          }),
          level: 1,
          score: 1,
        },
        {
          case: 'L1, L2 full, L3 partial, above none gives level 2, S = 1 + 1 + 0.5',
          answers: answersByLevel(DEPTH3, (level) =>
            level <= 2 ? 'full' : level === 3 ? 'partial' : 'none',
          ),
          level: 2,
          score: 2.5,
        },
      ],
      (row) => row.case,
    ),
  )('%s', (_case, { answers, level, score: expected }) => {
    const report = score(DEPTH3, answers);
    expect(report.maturityLevel).toBe(level);
    expect(report.score).toBe(expected);
  });

  test('the L2-failing case still reports L3 as attained on its own', () => {
    const answers = answersAll(DEPTH3, 'full', {
      's1.2a': 'none',
      's2.2a': 'none',
      's3.2a': 'none',
      's4.2a': 'none',
      's4.2b': 'none',
    });
    expect(score(DEPTH3, answers).levels.map((l) => l.attained)).toEqual([
      true,
      false,
      true,
      true,
      true,
    ]);
  });

  test.each([
    { inclusive: true, attained: true, level: 5, score: 4.8 },
    { inclusive: false, attained: false, level: 0, score: 0.8 },
  ])(
    'a level score of exactly 0.8 with thresholdInclusive $inclusive is attained: $attained',
    ({ inclusive, attained, level, score: expected }) => {
      const system = load(depth3Document({ threshold: 0.8, thresholdInclusive: inclusive }));
      const report = score(system, answersAll(system, 'most'));
      expect(report.levels.every((l) => l.score === 0.8 && l.attained === attained)).toBe(true);
      expect([report.maturityLevel, report.score]).toEqual([level, expected]);
    },
  );

  test.each(
    named(
      [
        {
          case: 'a root level where everything is na is absent and attained when the level below is',
          overrides: { 'sa1.5a': 'na', 'sa2.5a': 'na', 'sb.5a': 'na' },
          levels: [
            [1, true],
            [1, true],
            [1, true],
            [1, true],
            [null, true],
          ],
          level: 5,
          score: 5, // 4 + S_5 with S_5 = 1
        },
        {
          case: 'an absent level above a failed level is not attained',
          overrides: {
            'sa1.4a': 'none',
            'sa2.4a': 'none',
            'sb.4a': 'none',
            'sa1.5a': 'na',
            'sa2.5a': 'na',
            'sb.5a': 'na',
          },
          levels: [
            [1, true],
            [1, true],
            [1, true],
            [0, false],
            [null, false],
          ],
          level: 3,
          score: 3, // 2 + 1 + 0
        },
      ] as const,
      (row) => row.case,
    ),
  )('%s', (_case, { overrides, levels, level, score: expected }) => {
    const report = score(DEPTH2, answersAll(DEPTH2, 'full', overrides));
    expect(report.levels.map((l) => [l.score, l.attained])).toEqual(levels);
    expect(report.levels[4]!.present).toBe(false);
    expect([report.maturityLevel, report.score]).toEqual([level, expected]);
  });

  test('a sub-domain absent at one level keeps its own chain and drops out of its parent there', () => {
    // sa1 answers na at L3 and none at L4: its chain attains L1–L3, so n = 3 and S = 2 + 1 + 0.
    const report = score(
      DEPTH2,
      answersAll(DEPTH2, 'full', { 'sa1.3a': 'na', 'sa1.4a': 'none', 'sa2.3a': 'partial' }),
    );
    expect(node(report, 'sa1')).toMatchObject({
      levelScores: [1, 1, null, 0, 1],
      level: 3,
      score: 3,
    });
    // At L3, da is sa2 alone (0.5); the root is 1/2 · 0.5 + 1/2 · 1.
    expect(node(report, 'da').levelScores[2]).toBe(0.5);
    expect(node(report, 'sa2').effectiveWeights).toEqual([0.25, 0.25, 0.5, 0.25, 0.25]);
    expect(report.levels[2]!.score).toBe(0.75);
  });
});
