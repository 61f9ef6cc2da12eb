import { describe, expect, test } from 'vitest';
import {
  answersAll,
  answersBySubdomain,
  DEPTH2,
  DEPTH3,
  document,
  inner,
  load,
  named,
  nodeOf as node,
  requirement,
  score,
  subdomain,
} from '../fixtures.ts';

// Expected values are worked out by hand from domain.md §3 and the fixture weights
// (DEPTH3: s1 3/8, s2 3/8, s3 1/16, s4 3/16; DEPTH2: sa1 1/4, sa2 1/4, sb 1/2).

describe('§3.2 sub-domain score at a level', () => {
  test.each(
    named(
      [
        {
          rule: 'is the mean of its requirement scores',
          answers: { 's1.1a': 'full', 's1.1b': 'most', 's1.1c': 'partial' },
          subdomainId: 's1',
          level: 1,
          expected: 23 / 30, // (1 + 0.8 + 0.5) / 3
        },
        {
          rule: "leaves an 'na' answer out of the mean",
          answers: { 's2.3a': 'partial', 's2.3b': 'na' },
          subdomainId: 's2',
          level: 3,
          expected: 0.5,
        },
        {
          rule: 'counts an unanswered requirement as 0 in a draft',
          answers: { 's2.3a': 'partial', 's2.3b': undefined },
          subdomainId: 's2',
          level: 3,
          expected: 0.25,
        },
      ] as const,
      (row) => row.rule,
    ),
  )('%s', (_rule, { answers, subdomainId, level, expected }) => {
    const report = score(DEPTH3, answersAll(DEPTH3, 'full', answers));
    expect(node(report, subdomainId).levelScores[level - 1]).toBe(expected);
  });

  test('completion shows unanswered and na requirements beside the score', () => {
    const report = score(
      DEPTH3,
      answersAll(DEPTH3, 'full', { 's2.3b': undefined, 's2.1a': undefined }),
    );
    expect(node(report, 's2').completion).toEqual({ answered: 4, applicable: 6, total: 6 });
    expect(report.completion).toEqual({ answered: 22, applicable: 24, total: 24 });
    const withNa = score(DEPTH3, answersAll(DEPTH3, 'full', { 's2.3b': 'na' }));
    expect(node(withNa, 's2').completion).toEqual({ answered: 5, applicable: 5, total: 6 });
  });

  test('three answers worth 0.8 average to exactly 0.8 and attain the level', () => {
    const answers = answersAll(DEPTH3, 'full', {
      's1.1a': 'most',
      's1.1b': 'most',
      's1.1c': 'most',
    });
    const report = score(DEPTH3, answers);
    expect(node(report, 's1').levelScores[0]).toBe(0.8);
    expect(node(report, 's1').levelAttained[0]).toBe(true);
  });

  test('three answers worth 0.7 reach a 0.7 threshold, where (0.7 + 0.7 + 0.7) / 3 in doubles does not', () => {
    expect((0.7 + 0.7 + 0.7) / 3).toBeLessThan(0.7); // the trap exact arithmetic avoids
    const system = load(
      document(
        [inner('d', 1, [subdomain('s', 1, [requirement('s.1b', 1), requirement('s.1c', 1)])])],
        undefined,
        { answerScale: { full: 1, most: 0.7, partial: 0.5, none: 0 }, threshold: 0.7 },
      ),
    );
    const report = score(
      system,
      answersAll(system, 'full', { 's.1a': 'most', 's.1b': 'most', 's.1c': 'most' }),
    );
    expect(report.levels[0]).toEqual({ level: 1, score: 0.7, attained: true, present: true });
    expect(report.maturityLevel).toBe(5);
  });
});

describe('§3.3 node scores and effective weights', () => {
  test.each(
    named(
      [
        {
          profileId: 'discrete',
          tailoring: [],
          expected: { s1: 3 / 8, s2: 3 / 8, s3: 1 / 16, s4: 3 / 16, d2: 1 / 4 },
        },
        {
          profileId: 'discrete',
          tailoring: [{ subdomainId: 's3', reason: 'no such line' }],
          expected: { s1: 3 / 8, s2: 3 / 8, s3: null, s4: 1 / 4, d2: 1 / 4 },
        },
        {
          profileId: 'process',
          tailoring: [],
          expected: { s1: 1 / 4, s2: 1 / 4, s3: null, s4: 1 / 2, d2: 1 / 2 },
        },
        {
          profileId: 'auto',
          tailoring: [],
          expected: { s1: 3 / 8, s2: 3 / 8, s3: 1 / 8, s4: 1 / 8, d2: 1 / 4 },
        },
      ],
      ({ profileId, tailoring }) =>
        `under profile ${profileId}${tailoring.length > 0 ? ' with s3 tailored out' : ''}, effective weights are products of renormalized weights`,
    ),
  )('%s', (_name, { profileId, tailoring, expected }) => {
    const report = score(DEPTH3, answersAll(DEPTH3, 'full'), { profileId, tailoring });
    for (const [id, weight] of Object.entries(expected)) {
      expect(node(report, id).effectiveWeights, id).toEqual(Array(5).fill(weight));
    }
  });

  test('tailoring a sub-domain out renormalizes the weights over what remains', () => {
    const answers = answersBySubdomain(DEPTH3, { s1: 'full', s2: 'full', s3: 'full', s4: 'none' });
    // Without tailoring: 3/8 + 3/8 + 1/16 = 13/16. With s3 out, s4 carries all of e2's 1/4.
    expect(score(DEPTH3, answers).levels[0]!.score).toBe(13 / 16);
    const tailored = score(DEPTH3, answers, { tailoring: [{ subdomainId: 's3', reason: 'none' }] });
    expect(tailored.levels.map((l) => l.score)).toEqual(Array(5).fill(3 / 4));
    expect(node(tailored, 's3')).toMatchObject({
      tailoredOut: true,
      levelScores: Array(5).fill(null),
      level: null,
      score: null,
      completion: { answered: 0, applicable: 0, total: 5 },
    });
  });

  test('a profile-not-applicable sub-domain is absent and flagged', () => {
    const report = score(DEPTH3, answersAll(DEPTH3, 'partial'), { profileId: 'process' });
    expect(node(report, 's3')).toMatchObject({
      notApplicable: true,
      tailoredOut: false,
      level: null,
    });
    expect(node(report, 'd2').levelScores).toEqual(Array(5).fill(0.5));
  });

  test('each node scores on the same 0–5 scale by its own levels (§3.7)', () => {
    const answers = answersBySubdomain(DEPTH3, {
      s1: 'full',
      s2: 'most',
      s3: 'partial',
      s4: 'none',
    });
    const report = score(DEPTH3, answers);
    const summary = Object.fromEntries(
      report.nodes.map((n) => [
        n.id,
        { kind: n.kind, level: n.level, score: n.score, s1: n.levelScores[0] },
      ]),
    );
    expect(summary).toEqual({
      e1: { kind: 'element', level: 5, score: 4.9, s1: 0.9 },
      d1: { kind: 'domain', level: 5, score: 4.9, s1: 0.9 },
      s1: { kind: 'subdomain', level: 5, score: 5, s1: 1 },
      s2: { kind: 'subdomain', level: 5, score: 4.8, s1: 0.8 },
      e2: { kind: 'element', level: 0, score: 0.125, s1: 0.125 },
      d2: { kind: 'domain', level: 0, score: 0.125, s1: 0.125 },
      s3: { kind: 'subdomain', level: 0, score: 0.5, s1: 0.5 },
      s4: { kind: 'subdomain', level: 0, score: 0, s1: 0 },
    });
    // 3/4 · 0.9 + 1/4 · 0.125
    expect(report.levels[0]!.score).toBe(0.70625);
    expect(report.score).toBe(0.70625);
  });

  test('a depth-2 tree has domains and sub-domains only, with parents and depths', () => {
    const report = score(DEPTH2, answersAll(DEPTH2, 'full'));
    expect(report.nodes.map((n) => [n.id, n.kind, n.parentId, n.depth])).toEqual([
      ['da', 'domain', null, 1],
      ['sa1', 'subdomain', 'da', 2],
      ['sa2', 'subdomain', 'da', 2],
      ['db', 'domain', null, 1],
      ['sb', 'subdomain', 'db', 2],
    ]);
  });
});
