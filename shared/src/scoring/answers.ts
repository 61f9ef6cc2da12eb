import { ANSWER_CHOICES, LEVELS, type AnswerChoice } from '../indicator-system/schema.ts';
import { missing } from '../invariant.ts';
import { cell, LEVEL_COUNT, type ScoringModel } from './model.ts';
import type { AssessmentInput, AssessmentInputIssue } from './types.ts';

/** One pass over the requirements: what each answer is worth and what counts where. */
export interface Tally {
  /** Per sub-domain: 1 when tailored out by this assessment. */
  tailored: Uint8Array;
  /** Per sub-domain: 1 when tailored out or excluded by the profile. */
  absent: Uint8Array;
  /** Per requirement: the answer, null when unanswered. */
  choices: (AnswerChoice | null)[];
  /** Per requirement: value in scale units; -1 when it does not count (na, absent sub-domain). */
  units: Float64Array;
  /** Per (sub-domain, level): sum of units and number of applicable requirements. */
  sums: Float64Array;
  counts: Int32Array;
  /** Per sub-domain. */
  answered: Int32Array;
  applicable: Int32Array;
  /**
   * Identifies which requirements count, the only thing the score layout depends on:
   * tailored sub-domains and 'na' answers in present sub-domains.
   */
  layoutKey: string;
  issues: AssessmentInputIssue[];
}

function tailoringIssues(
  model: ScoringModel,
  input: AssessmentInput,
  tailored: Uint8Array,
  issues: AssessmentInputIssue[],
): void {
  for (const { subdomainId, reason } of input.tailoring ?? []) {
    const s = model.subdomainIndex.get(subdomainId);
    if (s === undefined) {
      issues.push({
        code: 'unknown-subdomain',
        subdomainId,
        message: `tailoring names "${subdomainId}", which is not a sub-domain of this indicator system`,
      });
    } else if (!(model.subdomains[s] ?? missing()).tailorable) {
      issues.push({
        code: 'not-tailorable',
        subdomainId,
        message: `sub-domain "${subdomainId}" may not be tailored out under profile "${model.profile.id}"`,
      });
    } else if (tailored[s] === 1) {
      issues.push({
        code: 'duplicate-tailoring',
        subdomainId,
        message: `sub-domain "${subdomainId}" is tailored out twice`,
      });
    } else if (typeof reason !== 'string' || reason.trim() === '') {
      issues.push({
        code: 'missing-tailoring-reason',
        subdomainId,
        message: `tailoring "${subdomainId}" out needs a reason`,
      });
    } else tailored[s] = 1;
  }
}

export function tallyAnswers(model: ScoringModel, input: AssessmentInput): Tally {
  const subdomainCount = model.subdomains.length;
  const requirementCount = model.requirements.length;
  const issues: AssessmentInputIssue[] = [];
  const tailored = new Uint8Array(subdomainCount);
  tailoringIssues(model, input, tailored, issues);
  if (!(LEVELS as readonly number[]).includes(input.targetLevel)) {
    issues.push({
      code: 'invalid-target-level',
      message: `target level must be 1..5; got ${String(input.targetLevel)}`,
    });
  }
  const absent = new Uint8Array(subdomainCount);
  model.subdomains.forEach((subdomain, s) => {
    absent[s] = (tailored[s] ?? missing()) | (subdomain.notApplicable ? 1 : 0);
  });

  const { units: scale } = model.scale;
  const answers = input.answers;
  const choices: (AnswerChoice | null)[] = new Array<AnswerChoice | null>(requirementCount);
  const units = new Float64Array(requirementCount);
  const sums = new Float64Array(subdomainCount * LEVEL_COUNT);
  const counts = new Int32Array(subdomainCount * LEVEL_COUNT);
  const answered = new Int32Array(subdomainCount);
  const applicable = new Int32Array(subdomainCount);
  let layoutKey = '';
  for (let s = 0; s < subdomainCount; s++) if (tailored[s] === 1) layoutKey += `t${s},`;

  for (let r = 0; r < requirementCount; r++) {
    const requirement = model.requirements[r] ?? missing();
    const s = requirement.subdomain;
    let given: unknown = answers[requirement.id];
    // Object.prototype members (a requirement may be called "constructor") are not answers.
    if (
      given !== undefined &&
      typeof given !== 'string' &&
      !Object.hasOwn(answers, requirement.id)
    ) {
      given = undefined;
    }
    let value = 0;
    let choice: AnswerChoice | null = null;
    switch (given) {
      case undefined:
      case null:
        break;
      case 'full':
      case 'most':
      case 'partial':
      case 'none':
        choice = given;
        value = scale[given];
        break;
      case 'na':
        choice = 'na';
        break;
      default:
        issues.push({
          code: 'invalid-answer',
          requirementId: requirement.id,
          message: `answer to "${requirement.id}" must be one of ${ANSWER_CHOICES.join(', ')}; got ${JSON.stringify(given)}`,
        });
    }
    choices[r] = choice;
    if (absent[s] === 1) {
      units[r] = -1;
      continue;
    }
    if (choice === 'na') {
      units[r] = -1;
      if (requirement.naAllowed) layoutKey += `n${r},`;
      else {
        issues.push({
          code: 'na-not-allowed',
          requirementId: requirement.id,
          message: `requirement "${requirement.id}" does not allow 'na' (its sub-domain is not tailored out)`,
        });
      }
      continue;
    }
    units[r] = value;
    const levelCell = cell(s, requirement.level);
    sums[levelCell] = (sums[levelCell] ?? missing()) + value;
    counts[levelCell] = (counts[levelCell] ?? missing()) + 1;
    applicable[s] = (applicable[s] ?? missing()) + 1;
    if (choice !== null) answered[s] = (answered[s] ?? missing()) + 1;
  }
  if (!counts.some((count) => count > 0)) {
    issues.push({
      code: 'nothing-to-assess',
      message:
        'every requirement is tailored out, not applicable or answered na: nothing to assess',
    });
  }
  return {
    tailored,
    absent,
    choices,
    units,
    sums,
    counts,
    answered,
    applicable,
    layoutKey,
    issues,
  };
}

/** Answers to requirement ids the profile's tree does not have: scoring ignores them. */
export function unknownAnswerIssues(
  model: ScoringModel,
  answers: Readonly<Record<string, unknown>>,
): AssessmentInputIssue[] {
  return Object.keys(answers)
    .filter((id) => !model.requirementIndex.has(id))
    .map((id) => ({
      code: 'unknown-requirement' as const,
      requirementId: id,
      message: `answer to unknown requirement "${id}"`,
    }));
}
