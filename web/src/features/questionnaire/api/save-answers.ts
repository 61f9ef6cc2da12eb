import type { AnswersResponse, AnswerView, SaveAnswersBody } from '@zhiping/shared/api/assessments';
import { ApiError, NetworkError, apiFetch, json } from '../../../lib/api-client.ts';
import type { AnswerPatch, SaveOutcome, ServerAnswer } from '../autosave-queue.ts';

export const saveAnswers = (assessmentId: string, body: SaveAnswersBody) =>
  apiFetch<AnswersResponse>(
    `/api/v1/assessments/${encodeURIComponent(assessmentId)}/answers`,
    json('PATCH', body),
  );

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
      if (err instanceof ApiError) {
        const body = err.body as { currentRevision?: number; current?: AnswerView[] } | undefined;
        if (err.status === 409 && err.code === 'revision_conflict' && body?.currentRevision) {
          return {
            kind: 'conflict',
            currentRevision: body.currentRevision,
            current: (body.current ?? []).map(toServer),
          };
        }
        return { kind: 'failed', retryable: RETRYABLE.has(err.status), code: err.code };
      }
      return { kind: 'failed', retryable: true, code: 'unexpected' };
    }
  };
}

export { toServer as answerFromView };
