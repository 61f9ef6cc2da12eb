import { describe, expect, test } from 'vitest';
import {
  AssessmentInputError,
  checkAnswers,
  computeReport,
  IndicatorSystemError,
  prepareScoring,
  type AnswerChoice,
  type AssessmentInputIssueCode,
  type ComputeReportInput,
  type Level,
  type TailoringEntry,
} from '@zhiping/shared';
import { answersAll, DEPTH3, depth3Document, load, named } from '../fixtures.ts';

const input = (
  overrides: Record<string, unknown>,
  tailoring: TailoringEntry[] = [],
  extra: Partial<ComputeReportInput> = {},
): ComputeReportInput => ({
  system: DEPTH3,
  profileId: 'discrete',
  tailoring,
  answers: { ...answersAll(DEPTH3, 'full'), ...overrides } as Record<string, AnswerChoice>,
  targetLevel: 5,
  ...extra,
});

describe('checkAnswers and AssessmentInputError', () => {
  test.each(
    named(
      [
        {
          problem: "'na' on a requirement that does not allow it",
          input: input({ 's1.2a': 'na' }),
          codes: ['na-not-allowed'],
          ids: ['s1.2a'],
        },
        {
          problem: 'an answer that is not a scale key',
          input: input({ 's1.2a': 'mostly' }),
          codes: ['invalid-answer'],
          ids: ['s1.2a'],
        },
        {
          problem: 'tailoring an unknown sub-domain',
          input: input({}, [{ subdomainId: 'nope', reason: 'x' }]),
          codes: ['unknown-subdomain'],
          ids: [],
        },
        {
          problem: 'tailoring a sub-domain the profile does not let go',
          input: input({}, [{ subdomainId: 's4', reason: 'x' }]),
          codes: ['not-tailorable'],
          ids: [],
        },
        {
          problem: 'tailoring without a reason',
          input: input({}, [{ subdomainId: 's3', reason: '  ' }]),
          codes: ['missing-tailoring-reason'],
          ids: [],
        },
        {
          problem: 'tailoring the same sub-domain twice',
          input: input({}, [
            { subdomainId: 's3', reason: 'a' },
            { subdomainId: 's3', reason: 'b' },
          ]),
          codes: ['duplicate-tailoring'],
          ids: [],
        },
        {
          problem: 'a target level outside 1..5',
          input: input({}, [], { targetLevel: 6 as Level }),
          codes: ['invalid-target-level'],
          ids: [],
        },
      ],
      (row) => `${row.problem} is reported by checkAnswers and thrown by computeReport`,
    ),
  )('%s', (_name, { input: bad, codes, ids }) => {
    expect(checkAnswers(bad).map((i) => i.code)).toEqual(codes as AssessmentInputIssueCode[]);
    let thrown: unknown;
    try {
      computeReport(bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AssessmentInputError);
    const error = thrown as AssessmentInputError;
    expect([error.code, error.issues.map((i) => i.code), error.requirementIds]).toEqual([
      'invalid-assessment-input',
      codes,
      ids,
    ]);
  });

  test('answers to unknown requirement ids are reported by checkAnswers but ignored when scoring', () => {
    const withStray = input({ 'no.such': 'full', constructor: 'full' });
    expect(checkAnswers(withStray).map((i) => [i.code, i.requirementId])).toEqual([
      ['unknown-requirement', 'no.such'],
      ['unknown-requirement', 'constructor'],
    ]);
    expect(computeReport(withStray).score).toBe(5);
  });

  test("'na' is accepted where the requirement allows it and anywhere in a tailored-out sub-domain", () => {
    const ok = input({ 's2.3b': 'na', 's3.1a': 'na', 's3.2a': 'na' }, [
      { subdomainId: 's3', reason: 'r' },
    ]);
    expect(checkAnswers(ok)).toEqual([]);
    expect(computeReport(ok).maturityLevel).toBe(5);
  });

  test("an answer to another profile's extra requirement is unknown under this profile", () => {
    const issues = checkAnswers(input({ 'auto.s1.2x': 'full' }));
    expect(issues.map((i) => i.requirementId)).toEqual(['auto.s1.2x']);
    expect(checkAnswers(input({ 'auto.s1.2x': 'full' }, [], { profileId: 'auto' }))).toEqual([]);
  });

  test('a profile leaving nothing to assess after tailoring is refused', () => {
    const system = load({
      ...depth3Document(),
      profiles: [
        {
          id: 'narrow',
          name: { zh: '窄', en: 'narrow' },
          productionType: 'discrete',
          notApplicable: ['s1', 's2', 's4'],
          tailorable: ['s3'],
        },
      ],
    });
    const bad = { ...input({}, [{ subdomainId: 's3', reason: 'r' }]), system, profileId: 'narrow' };
    expect(checkAnswers(bad).map((i) => i.code)).toEqual(['nothing-to-assess']);
  });

  test('an unknown profile is an IndicatorSystemError', () => {
    expect(() => prepareScoring(DEPTH3, 'nope')).toThrow(IndicatorSystemError);
  });
});
