import type { AnswerView } from '@zhiping/shared/api/assessments';
import { ApiError, NetworkError } from '../../../lib/api-client.ts';
import { revisionConflictOf, saveAnswers } from '../../../lib/api/save-answers.ts';
import type { AnswerPatch, SaveOutcome, ServerAnswer } from '../autosave-queue.ts';

const toServer = (a: AnswerView): ServerAnswer => ({
  requirementId: a.requirementId,
  choice: a.choice,
  comment: a.comment,
  evidence: a.evidence,
});

/** Statuses worth retrying: the server or a proxy failed, or asked us to slow down. */
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** The autosave queue's transport: one PATCH, its answer mapped to an outcome. */
export function answerSender(assessmentId: string) {
  return async (revision: number, batch: AnswerPatch[]): Promise<SaveOutcome> => {
    try {
      const res = await saveAnswers(assessmentId, { revision, answers: batch });
      return { kind: 'saved', revision: res.revision, answers: res.answers.map(toServer) };
    } catch (err) {
      if (err instanceof NetworkError) return { kind: 'offline' };
      const conflict = revisionConflictOf(err);
      if (conflict) {
        return {
          kind: 'conflict',
          currentRevision: conflict.currentRevision,
          current: conflict.current.map(toServer),
        };
      }
      if (err instanceof ApiError) {
        return { kind: 'failed', retryable: RETRYABLE.has(err.status), code: err.code };
      }
      return { kind: 'failed', retryable: true, code: 'unexpected' };
    }
  };
}

export { toServer as answerFromView };
