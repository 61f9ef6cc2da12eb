import {
  reviewItemInputSchema,
  type ReviewDecision,
  type ReviewItemView,
} from '@zhiping/shared/api/reviews';
import type { EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useFieldMessage } from '../../../components/ui/field.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { validate, type FieldErrors } from '../../../lib/validation.ts';
import { useSaveReviewItems } from '../api/save-review-items.ts';
import { CHOICES, CHOICE_KEYS } from '../model.ts';

interface Draft {
  decision: ReviewDecision | null;
  adjustedChoice: AnswerChoice | null;
  comment: string;
}

const fromItem = (item: ReviewItemView | null): Draft => ({
  decision: item?.decision ?? null,
  adjustedChoice: item?.adjustedChoice ?? null,
  comment: item?.comment ?? '',
});

/**
 * The shared schema's problems, in the user's language: its refinements (an adjustment needs
 * the assessed answer and a comment) are `custom` issues, named here by their field.
 */
function decisionErrors(
  draft: Draft,
  requirement: EffectiveRequirement,
  selfChoice: AnswerChoice | null,
): FieldErrors {
  if (draft.decision === null) return { decision: { key: 'validation.choose' } };
  const r = validate(reviewItemInputSchema, { requirementId: requirement.id, ...draft });
  const errors: FieldErrors = r.ok ? {} : { ...r.errors };
  if (draft.decision === 'adjust') {
    if (!draft.adjustedChoice) errors.adjustedChoice = { key: 'review.decision.needChoice' };
    else if (draft.adjustedChoice === selfChoice)
      errors.adjustedChoice = { key: 'review.decision.sameAsSelf' };
    else if (draft.adjustedChoice === 'na' && !requirement.naAllowed)
      errors.adjustedChoice = { key: 'review.decision.naNotAllowed' };
    if (!draft.comment.trim()) errors.comment = { key: 'review.decision.needComment' };
  }
  return errors;
}

/** The assessor's side of a requirement: confirm, or adjust with the answer and a comment. */
export function DecisionForm({
  assessmentId,
  revision,
  requirement,
  selfChoice,
  item,
}: {
  assessmentId: string;
  revision: number;
  requirement: EffectiveRequirement;
  selfChoice: AnswerChoice | null;
  item: ReviewItemView | null;
}) {
  const { t } = useI18n();
  const message = useFieldMessage();
  const id = useId();
  const save = useSaveReviewItems(assessmentId);
  const saved = useMemo(() => fromItem(item), [item]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [tried, setTried] = useState(false);
  const [commentTouched, setCommentTouched] = useState(false);
  const errors = decisionErrors(draft, requirement, selfChoice);
  const show = (field: string) =>
    tried || (field === 'comment' ? commentTouched : draft.decision !== null)
      ? errors[field]
      : undefined;
  const dirty =
    draft.decision !== saved.decision ||
    (draft.decision === 'adjust' &&
      (draft.adjustedChoice !== saved.adjustedChoice || draft.comment.trim() !== saved.comment)) ||
    (draft.decision === 'confirm' && draft.comment.trim() !== saved.comment);

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    save.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors).length > 0 || draft.decision === null) return;
    save.mutate(
      {
        revision,
        items: [
          {
            requirementId: requirement.id,
            decision: draft.decision,
            adjustedChoice: draft.decision === 'adjust' ? draft.adjustedChoice : null,
            comment: draft.comment.trim(),
          },
        ],
      },
      { onSuccess: () => setTried(false) },
    );
  };
  const conflict = save.error instanceof ApiError && save.error.code === 'revision_conflict';
  const serverField = save.error instanceof ApiError ? save.error.fieldErrors[0] : undefined;
  const choiceError = message(show('adjustedChoice'));
  const commentError = message(show('comment'));
  const decisionError = message(tried ? errors.decision : undefined);

  return (
    <form className="decision-form" onSubmit={submit} noValidate data-testid="decision-form">
      <h4>{t('review.assessorSide')}</h4>
      <fieldset className="choice-row" aria-label={t('review.decision.label')}>
        {(['confirm', 'adjust'] as const).map((d) => (
          <label key={d} className={`decision-option${draft.decision === d ? ' chosen' : ''}`}>
            <input
              type="radio"
              name={`${id}-decision`}
              value={d}
              checked={draft.decision === d}
              onChange={() =>
                set({ decision: d, adjustedChoice: d === 'confirm' ? null : draft.adjustedChoice })
              }
            />
            {t(d === 'confirm' ? 'review.decision.confirm' : 'review.decision.adjust')}
          </label>
        ))}
      </fieldset>
      {decisionError && <p className="field-error">{decisionError}</p>}
      {draft.decision === 'adjust' && (
        <fieldset
          className={`adjusted-choices${choiceError ? ' has-error' : ''}`}
          aria-describedby={choiceError ? `${id}-choice-error` : undefined}
        >
          <legend>{t('review.decision.adjustedChoice')}</legend>
          <div className="mini-choices">
            {CHOICES.filter((c) => c !== 'na' || requirement.naAllowed).map((c) => (
              <label
                key={c}
                className={`mini-choice${draft.adjustedChoice === c ? ' checked' : ''}${c === selfChoice ? ' is-self' : ''}`}
              >
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={c}
                  checked={draft.adjustedChoice === c}
                  onChange={() => set({ adjustedChoice: c })}
                />
                {t(CHOICE_KEYS[c])}
              </label>
            ))}
          </div>
          {choiceError && (
            <p id={`${id}-choice-error`} className="field-error">
              {choiceError}
            </p>
          )}
        </fieldset>
      )}
      {draft.decision !== null && (
        <div className={`field${commentError ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-comment`}>
            {t(
              draft.decision === 'adjust'
                ? 'review.decision.commentRequired'
                : 'review.decision.commentOptional',
            )}
            {draft.decision === 'adjust' && (
              <span className="required" aria-hidden="true">
                *
              </span>
            )}
          </label>
          <textarea
            id={`${id}-comment`}
            rows={2}
            value={draft.comment}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? `${id}-comment-error` : undefined}
            aria-required={draft.decision === 'adjust'}
            onChange={(e) => set({ comment: e.target.value })}
            onBlur={() => setCommentTouched(true)}
          />
          {commentError && (
            <p id={`${id}-comment-error`} className="field-error">
              {commentError}
            </p>
          )}
        </div>
      )}
      <div className="decision-actions">
        <button
          type="submit"
          className="btn btn-small btn-primary"
          disabled={save.isPending || !dirty}
        >
          {save.isPending ? t('review.saving') : t('review.decision.save')}
        </button>
        {!dirty && item && !save.isError && (
          <span className="saved-tag small" role="status">
            {t('review.decision.saved')}
          </span>
        )}
        {dirty && item && (
          <button type="button" className="linklike small" onClick={() => setDraft(saved)}>
            {t('review.decision.undo')}
          </button>
        )}
      </div>
      {save.isError && (
        <p role="alert" className="field-error">
          {conflict
            ? t('review.conflict')
            : serverField
              ? t('validation.server', { message: serverField.message })
              : t('form.unexpected')}
        </p>
      )}
    </form>
  );
}
