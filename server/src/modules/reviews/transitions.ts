import {
  REVIEW_TRANSITIONS,
  REVIEW_WORK_STATUS,
  type AssessmentStatus,
  type FindingStatus,
  type ReviewTransition,
  type SignOffJudgment,
} from '@zhiping/shared';
import { ConflictError, ValidationError } from '../../lib/errors.ts';

/** The status an action moves the assessment to, or 409 invalid_transition with `state`. */
export function nextStatus(action: ReviewTransition, from: string): AssessmentStatus {
  const table: Partial<Record<string, AssessmentStatus>> = REVIEW_TRANSITIONS[action];
  const to = table[from];
  if (!to) {
    throw new ConflictError(
      'invalid_transition',
      `Cannot ${action} an assessment that is ${from}`,
      { state: from, action },
    );
  }
  return to;
}

/** Review work happens in one status only; elsewhere it is 409 invalid_transition. */
export function requireWorkStatus(work: keyof typeof REVIEW_WORK_STATUS, status: string): void {
  const allowed = REVIEW_WORK_STATUS[work];
  if (status !== allowed) {
    throw new ConflictError(
      'invalid_transition',
      `This is only possible while the assessment is ${allowed}; it is ${status}`,
      { state: status, action: work },
    );
  }
}

/** Finding lifecycle: open → answered → verified, answered → open (re-opened by the assessor). */
export const FINDING_TRANSITIONS = {
  respond: { open: 'open' },
  answer: { open: 'answered' },
  verify: { answered: 'verified' },
  reopen: { answered: 'open' },
} as const satisfies Record<string, Partial<Record<FindingStatus, FindingStatus>>>;

export function nextFindingStatus(
  action: keyof typeof FINDING_TRANSITIONS,
  from: string,
): FindingStatus {
  const table: Partial<Record<string, FindingStatus>> = FINDING_TRANSITIONS[action];
  const to = table[from];
  if (!to) {
    throw new ConflictError('invalid_transition', `Cannot ${action} a finding that is ${from}`, {
      state: from,
      action,
      entity: 'finding',
    });
  }
  return to;
}

export function revisionConflict(current: number): ConflictError {
  return new ConflictError(
    'revision_conflict',
    `The assessment is at revision ${current}; reload and try again`,
    { currentRevision: current },
  );
}

/** The judgment must say what the review did to the level: confirmed it, or changed it. */
export function checkJudgment(
  judgment: SignOffJudgment,
  selfLevel: number | null,
  assessedLevel: number,
): SignOffJudgment {
  const expected: SignOffJudgment = selfLevel === assessedLevel ? 'confirmed' : 'adjusted';
  if (judgment !== expected) {
    throw new ValidationError([
      {
        field: 'body.judgment',
        message:
          expected === 'confirmed'
            ? `the assessed level ${assessedLevel} equals the self-assessed level: the judgment is confirmed`
            : `the assessed level ${assessedLevel} differs from the self-assessed level ${selfLevel ?? '-'}: the judgment is adjusted`,
      },
    ]);
  }
  return judgment;
}
