import { describe, expect, test } from 'vitest';
import { computeReport, type AnswerChoice } from '@zhiping/shared';
import { buildLayout } from '@zhiping/shared/scoring/layout';
import { buildScoringModel } from '@zhiping/shared/scoring/model';
import {
  answersAll,
  DEPTH3,
  document,
  inner,
  load,
  named,
  requirement,
  subdomain,
} from '../fixtures.ts';
import { referenceScores } from './reference.ts';

/**
 * Weights near 1 with prime numerators in millionths make the common denominators of the
 * root's level scores exceed 2^53, which forces the bigint layout.
 */
const AWKWARD = load(
  document([
    inner('e1', 0.999983, [
      inner('d1', 0.999961, [
        subdomain('s1', 0.999907),
        subdomain('s2', 0.999883, [requirement('s2.1b', 1)]),
      ]),
      inner('d2', 0.999853, [subdomain('s3', 0.999809)]),
    ]),
    inner('e2', 0.999979, [
      inner('d3', 0.999769, [
        subdomain('s4', 0.999763),
        subdomain('s5', 0.999749, [requirement('s5.1b', 1), requirement('s5.1c', 1)]),
      ]),
    ]),
  ]),
);

function arithmetic(system: typeof DEPTH3, profileId: string) {
  const model = buildScoringModel(system, profileId);
  const counts = new Int32Array(model.subdomains.length * 5);
  for (const r of model.requirements) counts[r.subdomain * 5 + r.level - 1]! += 1;
  return buildLayout(model, counts).ops.kind;
}

const score = (answers: Record<string, AnswerChoice>) =>
  computeReport({ system: AWKWARD, profileId: 'default', answers, targetLevel: 5 });

describe('layouts whose denominators outgrow doubles', () => {
  test.each(
    named(
      [
        { fixture: 'DEPTH3', system: DEPTH3, profileId: 'discrete', kind: 'safe-integer' },
        { fixture: 'AWKWARD', system: AWKWARD, profileId: 'default', kind: 'bigint' },
      ],
      (row) => `${row.fixture} scores in ${row.kind} arithmetic`,
    ),
  )('%s', (_name, { system, profileId, kind }) => {
    expect(arithmetic(system, profileId)).toBe(kind);
  });

  test('in bigint arithmetic, answers of 0.8 still give level scores of exactly 0.8', () => {
    const report = score(answersAll(AWKWARD, 'most'));
    expect(report.levels.map((l) => [l.score, l.attained])).toEqual(Array(5).fill([0.8, true]));
    expect([report.maturityLevel, report.score]).toEqual([5, 4.8]);
  });

  test('in bigint arithmetic, the level score is 1 − w_eff(s1) when only s1 fails', () => {
    const report = score(
      answersAll(
        AWKWARD,
        'full',
        Object.fromEntries(['s1.1a', 's1.2a', 's1.3a', 's1.4a', 's1.5a'].map((id) => [id, 'none'])),
      ),
    );
    const weight = (0.999983 / 1.999962) * (0.999961 / 1.999814) * (0.999907 / 1.99979);
    expect(report.nodes.find((n) => n.id === 's1')!.effectiveWeights[0]).toBeCloseTo(weight, 14);
    expect(report.levels[0]!.score).toBeCloseTo(1 - weight, 14);
  });

  test('in bigint arithmetic, scores and impacts agree with the reference transcription of §3', () => {
    const answers: Record<string, AnswerChoice> = answersAll(AWKWARD, 'full', {
      's1.1a': 'partial',
      's2.1b': 'none',
      's3.2a': 'most',
      's4.3a': 'none',
      's5.1c': 'partial',
      's5.4a': 'most',
    });
    const report = score(answers);
    const reference = referenceScores(AWKWARD, 'default', [], answers);
    report.levels.forEach((l, i) => expect(l.score).toBeCloseTo(reference.root[i]!, 12));
    for (const gap of report.gaps) {
      expect(gap.impact, gap.requirementId).toBeCloseTo(
        reference.impacts.get(gap.requirementId)!,
        12,
      );
    }
    expect(report.gaps).toHaveLength(reference.impacts.size);
  });

  test('a weight written with floating noise (0.1 + 0.2) scores as the decimal it stands for', () => {
    const doc = (w: number) =>
      load(document([inner('a', w, [subdomain('s1', 1)]), inner('b', 0.7, [subdomain('s2', 1)])]));
    const [noisy, clean] = [doc(0.1 + 0.2), doc(0.3)];
    expect(arithmetic(noisy, 'default')).toBe('safe-integer');
    const answers = answersAll(clean, 'partial', { 's1.1a': 'full' });
    const run = (system: typeof clean) =>
      computeReport({ system, profileId: 'default', answers, targetLevel: 5 });
    // 0.3 · 1 + 0.7 · 0.5
    expect(run(noisy).levels[0]!.score).toBe(0.65);
    expect(run(noisy)).toEqual(run(clean));
  });
});
