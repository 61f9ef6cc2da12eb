import type {
  AnswerChoice,
  AssessmentStatus,
  FindingStatus,
  FindingView,
  ReviewDecision,
  ReviewItemView,
} from '@zhiping/shared';
import type { FindingRow, ReviewItemRow } from './repository.ts';

export const findingView = (f: FindingRow): FindingView => ({
  id: f.id,
  assessmentId: f.assessmentId,
  requirementId: f.requirementId,
  text: f.text,
  status: f.status as FindingStatus,
  response: f.response,
  createdBy: f.createdBy,
  createdAt: f.createdAt.toISOString(),
  updatedAt: f.updatedAt.toISOString(),
});

export const reviewItemView = (
  item: ReviewItemRow,
  selfChoice: AnswerChoice | null,
): ReviewItemView => ({
  requirementId: item.requirementId,
  decision: item.decision as ReviewDecision,
  selfChoice,
  adjustedChoice: item.adjustedChoice as AnswerChoice | null,
  comment: item.comment,
  reviewerId: item.reviewerId,
  updatedAt: item.updatedAt.toISOString(),
});

/**
 * What the enterprise sees of a review (assessors and admins see everything):
 * - review items and the assessed report: only once signed off (the judgment is the
 *   assessor's until then);
 * - findings: every finding while returned and after sign-off; during a review round only
 *   those already handed over (they carry the enterprise's response), not the assessor's
 *   new, still unsent ones.
 */
export const enterpriseSeesEverything = (status: AssessmentStatus) => status === 'signed_off';

export function enterpriseSeesFinding(
  status: AssessmentStatus,
  f: Pick<FindingRow, 'response'>,
): boolean {
  if (status === 'returned' || status === 'signed_off') return true;
  if (status === 'in_review') return f.response !== null;
  return false;
}
