import type { AdjustmentsResponse, AnswerChoice, AssessmentStatus } from '@zhiping/shared';
import type { Db } from '../../db/client.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { loadAssessmentFor, createAssessmentRepository } from '../assessments/index.ts';
import { createReviewRepository } from './repository.ts';

/**
 * When the enterprise sees the assessor's adjustments: once the assessment is handed back for
 * 弱项整改 or signed off. While it is in review the work stays with the assessor.
 */
export const enterpriseSeesAdjustments = (status: AssessmentStatus) =>
  status === 'returned' || status === 'signed_off';

/**
 * The assessor's adjusted answers of one assessment with their reasons, in requirement order.
 * The assessment is read as the caller may see it (404 otherwise); the enterprise gets an
 * empty list until the review is handed back or signed off.
 */
export async function listAdjustments(
  db: Db,
  user: AccessClaims,
  assessmentId: string,
): Promise<AdjustmentsResponse> {
  const access = await loadAssessmentFor(db, user, assessmentId);
  const status = access.row.status as AssessmentStatus;
  if (user.role === 'respondent' && !enterpriseSeesAdjustments(status)) return { items: [] };
  const items = (await createReviewRepository(db).items(assessmentId)).filter(
    (i) => i.decision === 'adjust',
  );
  if (items.length === 0) return { items: [] };
  const answers = await createAssessmentRepository(db).answersFor(
    assessmentId,
    items.map((i) => i.requirementId),
  );
  const selfBy = new Map(answers.map((a) => [a.requirementId, a.choice as AnswerChoice | null]));
  return {
    items: items.map((i) => ({
      requirementId: i.requirementId,
      selfChoice: selfBy.get(i.requirementId) ?? null,
      adjustedChoice: i.adjustedChoice as AnswerChoice | null,
      comment: i.comment,
      updatedAt: i.updatedAt.toISOString(),
    })),
  };
}
