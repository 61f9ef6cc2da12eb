import { ANSWER_CHOICES, type AnswerChoice } from '../indicator-system/schema.ts';

/** What the review leaves on one requirement (a review_items row). */
export interface ReviewItemDecision {
  requirementId: string;
  /** 'confirm' keeps the enterprise's answer; 'adjust' replaces it with `adjustedChoice`. */
  decision: 'confirm' | 'adjust' | (string & {});
  adjustedChoice: AnswerChoice | null | (string & {});
}

const isChoice = (v: unknown): v is AnswerChoice =>
  typeof v === 'string' && (ANSWER_CHOICES as readonly string[]).includes(v);

/**
 * The answers an assessed report is scored from: the enterprise's answers with every
 * adjusted choice of the review substituted. A confirmed item keeps the enterprise's
 * answer; an adjustment of an unanswered requirement adds it. The reviews module and
 * the report both use this, so the assessed score is computed in one way only.
 *
 * Throws RangeError for an adjustment without a valid choice: the review workflow never
 * stores one, so meeting it means corrupt data, not an input to score around.
 */
export function assessedAnswers(
  selfAnswers: Readonly<Record<string, AnswerChoice>>,
  reviewItems: readonly ReviewItemDecision[],
): Record<string, AnswerChoice> {
  const out: Record<string, AnswerChoice> = { ...selfAnswers };
  for (const item of reviewItems) {
    if (item.decision !== 'adjust') continue;
    if (!isChoice(item.adjustedChoice)) {
      throw new RangeError(
        `review item ${item.requirementId} adjusts to an invalid choice ${String(item.adjustedChoice)}`,
      );
    }
    out[item.requirementId] = item.adjustedChoice;
  }
  return out;
}
