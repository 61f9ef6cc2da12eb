import { useQueryClient } from '@tanstack/react-query';
import type { AnswerView } from '@zhiping/shared/api/assessments';
import type { FindingView } from '@zhiping/shared/api/reviews';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import { useCallback, useState } from 'react';
import type { MessageKey } from '../../../i18n/index.tsx';
import { ApiError, NetworkError } from '../../../lib/api-client.ts';
import { reloadAssessment } from '../api/cache.ts';
import { useRespondToFinding } from '../api/respond-to-finding.ts';
import { useSaveAnswer } from '../api/save-answer.ts';
import { draftOf, groupIsOpen, sameAnswer, type AnswerDraft, type FindingGroup } from '../model.ts';

export interface CardState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  /** `choice`: the answer someone else saved meanwhile (for rect.error.answerChanged). */
  error: { key: MessageKey; choice?: AnswerChoice | null } | null;
  savedAt: number | null;
}
const IDLE: CardState = { status: 'idle', error: null, savedAt: null };

/** The message for a failed save; states the assessment moved out of also reload it. */
function saveError(err: unknown): { key: MessageKey; reload: boolean } {
  if (err instanceof NetworkError) return { key: 'rect.error.offline', reload: false };
  if (!(err instanceof ApiError)) return { key: 'rect.error.failed', reload: false };
  if (err.code === 'answer_not_reopened') return { key: 'rect.error.notReopened', reload: true };
  if (err.code === 'invalid_transition' || err.code === 'assessment_locked')
    return { key: 'rect.error.notReturned', reload: true };
  if (err.status === 404) return { key: 'rect.error.gone', reload: true };
  if (err.status === 400 || err.status === 422) return { key: 'rect.error.invalid', reload: false };
  return { key: 'rect.error.failed', reload: false };
}

const without = <T>(record: Record<string, T>, key: string) => {
  const { [key]: _, ...rest } = record;
  return rest;
};

/**
 * The enterprise's unsaved work on the findings (answer and response drafts, per card) and
 * the explicit save of a card: first the re-opened answer, then each response. Drafts live
 * here, above the cards, so a resubmission can save whatever is still pending first.
 */
export function useRectification({
  assessmentId,
  answers,
  editable,
}: {
  assessmentId: string;
  answers: ReadonlyMap<string, AnswerView>;
  /** The assessment is returned to the enterprise: its open findings take work. */
  editable: boolean;
}) {
  const client = useQueryClient();
  const saveAnswer = useSaveAnswer(assessmentId);
  const respond = useRespondToFinding(assessmentId);
  const [answerDrafts, setAnswerDrafts] = useState<Record<string, AnswerDraft>>({});
  const [responseDrafts, setResponseDrafts] = useState<Record<string, string>>({});
  const [cards, setCards] = useState<Record<string, CardState>>({});

  const savedAnswer = useCallback((rid: string) => draftOf(answers.get(rid)), [answers]);
  const answerOf = useCallback(
    (rid: string) => answerDrafts[rid] ?? savedAnswer(rid),
    [answerDrafts, savedAnswer],
  );
  const responseOf = useCallback(
    (f: FindingView) => responseDrafts[f.id] ?? f.response ?? '',
    [responseDrafts],
  );

  /** What saving the card would send: a changed answer, changed responses. */
  const pendingOf = useCallback(
    (g: FindingGroup) => {
      const open = editable && groupIsOpen(g);
      const rid = g.requirementId;
      const answer =
        open && rid !== null && g.place && !sameAnswer(answerOf(rid), savedAnswer(rid))
          ? answerOf(rid)
          : null;
      const responses = open
        ? g.findings.filter(
            (f) => f.status === 'open' && responseOf(f).trim() !== (f.response ?? '').trim(),
          )
        : [];
      return { answer, responses };
    },
    [editable, answerOf, savedAnswer, responseOf],
  );
  const isDirty = useCallback(
    (g: FindingGroup) => {
      const p = pendingOf(g);
      return p.answer !== null || p.responses.length > 0;
    },
    [pendingOf],
  );

  const setCard = (key: string, state: CardState) => setCards((c) => ({ ...c, [key]: state }));
  const fail = (key: string, error: CardState['error']) =>
    setCard(key, { status: 'error', error, savedAt: null });

  /** Saves one card; true when nothing of it is left unsaved. */
  async function save(g: FindingGroup): Promise<boolean> {
    const { answer, responses } = pendingOf(g);
    if (responses.some((f) => responseOf(f).trim() === '')) {
      fail(g.key, { key: 'rect.response.empty' });
      return false;
    }
    if (answer === null && responses.length === 0) return true;
    setCard(g.key, { status: 'saving', error: null, savedAt: null });
    try {
      const rid = g.requirementId;
      if (answer && rid !== null) {
        const result = await saveAnswer.mutateAsync({
          requirementId: rid,
          draft: answer,
          base: savedAnswer(rid),
        });
        if (result.kind === 'changed') {
          fail(g.key, { key: 'rect.error.answerChanged', choice: result.current?.choice ?? null });
          return false;
        }
        // Typing may have gone on while saving: only the draft that was sent is done.
        setAnswerDrafts((d) => (d[rid] && sameAnswer(d[rid], answer) ? without(d, rid) : d));
      }
      for (const f of responses) {
        const text = responseOf(f).trim();
        await respond.mutateAsync({ findingId: f.id, response: text });
        setResponseDrafts((d) => (d[f.id]?.trim() === text ? without(d, f.id) : d));
      }
      setCard(g.key, { status: 'saved', error: null, savedAt: Date.now() });
      return true;
    } catch (err) {
      const { key, reload } = saveError(err);
      fail(g.key, { key });
      if (reload) void reloadAssessment(client, assessmentId);
      return false;
    }
  }

  /** Saves every card with pending work, one after another; true when all of it is saved. */
  async function saveAll(groups: readonly FindingGroup[]): Promise<boolean> {
    for (const g of groups) if (isDirty(g) && !(await save(g))) return false;
    return true;
  }

  return {
    answerOf,
    responseOf,
    setAnswer: (rid: string, draft: AnswerDraft) =>
      setAnswerDrafts((d) => ({ ...d, [rid]: draft })),
    setResponse: (findingId: string, text: string) =>
      setResponseDrafts((d) => ({ ...d, [findingId]: text })),
    isDirty,
    countDirty: (groups: readonly FindingGroup[]) => groups.filter(isDirty).length,
    card: (key: string) => cards[key] ?? IDLE,
    save,
    saveAll,
  };
}
export type RectificationState = ReturnType<typeof useRectification>;
