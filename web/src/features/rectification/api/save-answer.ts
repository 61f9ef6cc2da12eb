import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnswerView } from '@zhiping/shared/api/assessments';
import { revisionConflictOf, saveAnswers } from '../../../lib/api/save-answers.ts';
import { draftOf, sameAnswer, type AnswerDraft } from '../model.ts';
import { latestRevision, noteRevision, storeAnswers } from './cache.ts';

export type SaveAnswerResult =
  | { kind: 'saved' }
  /** Someone else changed this very answer since it was loaded: the user decides again. */
  | { kind: 'changed'; current: AnswerView | null };

/** A stale revision is retried this often when the answer itself is unchanged. */
const ATTEMPTS = 3;

/**
 * Saves one re-opened answer with the newest revision known. A 409 revision_conflict only
 * means the assessment moved on (a finding response, a colleague's save elsewhere): when this
 * answer is still what the user started from, the save is sent again at the new revision;
 * when someone changed it meanwhile, nothing is overwritten and the caller is told.
 */
export function useSaveAnswer(assessmentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: {
      requirementId: string;
      draft: AnswerDraft;
      base: AnswerDraft;
    }): Promise<SaveAnswerResult> => {
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await saveAnswers(assessmentId, {
            revision: latestRevision(client, assessmentId),
            answers: [{ requirementId: v.requirementId, ...v.draft }],
          });
          storeAnswers(client, assessmentId, res.revision, res.answers, res.progress);
          return { kind: 'saved' };
        } catch (err) {
          const conflict = revisionConflictOf(err);
          if (!conflict || attempt >= ATTEMPTS) throw err;
          noteRevision(client, assessmentId, conflict.currentRevision);
          const current = conflict.current.find((a) => a.requirementId === v.requirementId);
          if (!sameAnswer(draftOf(current), v.base)) {
            if (current) storeAnswers(client, assessmentId, conflict.currentRevision, [current]);
            return { kind: 'changed', current: current ?? null };
          }
        }
      }
    },
  });
}
