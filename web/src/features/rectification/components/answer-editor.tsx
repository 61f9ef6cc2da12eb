import type { EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import { useId } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { CHOICES, choiceKey, type AnswerDraft } from '../model.ts';

/** The re-opened answer of one requirement: the 5 choices (不适用 where allowed) and a comment. */
export function AnswerEditor({
  requirement,
  value,
  disabled,
  onChange,
}: {
  requirement: EffectiveRequirement;
  value: AnswerDraft;
  disabled: boolean;
  onChange: (next: AnswerDraft) => void;
}) {
  const { t } = useI18n();
  const commentId = useId();
  const choices = CHOICES.filter((c) => c !== 'na' || requirement.naAllowed);
  return (
    <div className="rect-answer-editor">
      <fieldset className={`choices choices-${choices.length}`} disabled={disabled}>
        <legend className="sr-only">{t('rect.answer.legend', { id: requirement.id })}</legend>
        {choices.map((c) => (
          <label key={c} className={`choice choice-${c}${value.choice === c ? ' checked' : ''}`}>
            <input
              type="radio"
              name={`rect-choice-${requirement.id}`}
              value={c}
              checked={value.choice === c}
              onChange={() => onChange({ ...value, choice: c })}
            />
            <span>{t(choiceKey(c))}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={commentId}>{t('rect.answer.comment')}</label>
        <textarea
          id={commentId}
          rows={2}
          maxLength={4000}
          disabled={disabled}
          value={value.comment}
          placeholder={t('rect.answer.commentPlaceholder')}
          onChange={(e) => onChange({ ...value, comment: e.target.value })}
        />
      </div>
    </div>
  );
}
