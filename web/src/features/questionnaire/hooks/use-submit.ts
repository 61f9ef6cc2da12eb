import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { MessageKey } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { getAnswers } from '../../../lib/api/get-answers.ts';
import { answerFromView } from '../api/save-answers.ts';
import { useSubmitAssessment } from '../api/submit-assessment.ts';
import type { useAutosave } from './use-autosave.ts';
import { forgetUnsaved } from './use-autosave.ts';

type Queue = ReturnType<typeof useAutosave>['queue'];

/** The problems the submit flow words itself; any other error shows as the API's problem. */
export const HANDLED_SUBMIT_ERRORS = [
  'assessment_incomplete',
  'revision_conflict',
  'invalid_transition',
] as const;

/**
 * Submitting a questionnaire: save everything, then ask the server; an incomplete answer set
 * comes back as the list of unanswered requirements, a stale revision reloads the answers.
 */
export function useQuestionnaireSubmit(assessmentId: string, queue: Queue) {
  const navigate = useNavigate();
  const submit = useSubmitAssessment();
  const [confirming, setConfirming] = useState(false);
  const [unanswered, setUnanswered] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  const onSubmitError = async (err: Error) => {
    setConfirming(false);
    if (!(err instanceof ApiError)) return;
    if (err.code === 'assessment_incomplete') {
      const body = err.body as { unanswered?: string[] } | undefined;
      setUnanswered(body?.unanswered ?? []);
      window.scrollTo({ top: 0 });
    } else if (err.code === 'revision_conflict' && queue) {
      const fresh = await getAnswers(assessmentId);
      queue.resetServer(fresh.revision, fresh.answers.map(answerFromView));
      setProblem('q.submit.conflict');
    } else if (err.code === 'invalid_transition') {
      setProblem('q.submit.alreadySubmitted');
    }
  };
  const doSubmit = async () => {
    if (!queue) return;
    setProblem(null);
    if (!(await queue.whenIdle())) {
      setProblem('q.submit.unsaved');
      return;
    }
    submit.mutate(
      { id: assessmentId, revision: queue.getSnapshot().revision },
      {
        onSuccess: () => {
          forgetUnsaved(assessmentId);
          void navigate(`/assessments/${assessmentId}/report`);
        },
        onError: (err) => void onSubmitError(err),
      },
    );
  };

  return { submit, confirming, setConfirming, unanswered, problem, doSubmit };
}
export type QuestionnaireSubmit = ReturnType<typeof useQuestionnaireSubmit>;
