import {
  answersResponseSchema,
  type AnswerView,
  type SaveAnswersBody,
} from '@zhiping/shared/api/assessments';
import { ApiError, apiFetch, json } from '../api-client.ts';

/** Saves answers at a revision (the questionnaire's autosave, 弱项整改's re-opened answers). */
export const saveAnswers = (assessmentId: string, body: SaveAnswersBody) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/answers`,
    answersResponseSchema,
    json('PATCH', body),
  );

export interface RevisionConflict {
  /** The revision the assessment is at now. */
  currentRevision: number;
  /** The current answers the server sent with its refusal. */
  current: AnswerView[];
}

/**
 * The 409 revision_conflict of a save, decoded: the assessment moved on meanwhile. Null for
 * any other error (or a 409 without the current revision).
 */
export function revisionConflictOf(err: unknown): RevisionConflict | null {
  if (!(err instanceof ApiError) || err.status !== 409 || err.code !== 'revision_conflict')
    return null;
  const body = err.body as { currentRevision?: unknown; current?: unknown } | undefined;
  if (typeof body?.currentRevision !== 'number' || body.currentRevision < 1) return null;
  return {
    currentRevision: body.currentRevision,
    current: Array.isArray(body.current) ? (body.current as AnswerView[]) : [],
  };
}
