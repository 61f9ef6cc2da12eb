import type { QueryClient } from '@tanstack/react-query';
import type { AnswersResponse, AnswerView, AssessmentView } from '@zhiping/shared/api/assessments';
import type { FindingView } from '@zhiping/shared/api/reviews';
import { findingKeys } from '../../../lib/api/get-findings.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';

/**
 * Every write of 弱项整改 moves the assessment's revision. Revisions only grow, so the
 * newest one seen anywhere (the assessment, its answers, a write's reply, a 409) is the one
 * to send next; the cached assessment and answers carry it, so the questionnaire opened from
 * here starts from it too.
 */
export function latestRevision(client: QueryClient, assessmentId: string): number {
  const detail = client.getQueryData<AssessmentView>(assessmentKeys.detail(assessmentId));
  const answers = client.getQueryData<AnswersResponse>(assessmentKeys.answers(assessmentId));
  return Math.max(1, detail?.revision ?? 0, answers?.revision ?? 0);
}

export function noteRevision(client: QueryClient, assessmentId: string, revision: number): void {
  client.setQueryData<AssessmentView>(assessmentKeys.detail(assessmentId), (v) =>
    v && v.revision < revision ? { ...v, revision } : v,
  );
  client.setQueryData<AnswersResponse>(assessmentKeys.answers(assessmentId), (a) =>
    a && a.revision < revision ? { ...a, revision } : a,
  );
}

/** Saved (or, after a conflict, current) answers replace the cached ones. */
export function storeAnswers(
  client: QueryClient,
  assessmentId: string,
  revision: number,
  answers: readonly AnswerView[],
  progress?: AnswersResponse['progress'],
): void {
  client.setQueryData<AnswersResponse>(assessmentKeys.answers(assessmentId), (old) => {
    if (!old) return old;
    const byId = new Map(old.answers.map((a) => [a.requirementId, a]));
    for (const a of answers) byId.set(a.requirementId, a);
    return {
      revision: Math.max(old.revision, revision),
      answers: [...byId.values()],
      progress: progress ?? old.progress,
    };
  });
  noteRevision(client, assessmentId, revision);
  // The dashboard's progress bars may have moved.
  void client.invalidateQueries({ queryKey: assessmentKeys.lists() });
}

/** A finding write answers the finding: it replaces its copy in every cached list. */
export function storeFinding(
  client: QueryClient,
  assessmentId: string,
  finding: FindingView,
  revision: number,
): void {
  client.setQueriesData<FindingView[]>({ queryKey: findingKeys.all(assessmentId) }, (list) =>
    list?.map((f) => (f.id === finding.id ? finding : f)),
  );
  noteRevision(client, assessmentId, revision);
}

/** The assessment moved on elsewhere (resubmitted, re-reviewed): load all of it again. */
export const reloadAssessment = (client: QueryClient, assessmentId: string) =>
  client.invalidateQueries({ queryKey: assessmentKeys.detail(assessmentId) });
