import { evidenceSchema } from '@zhiping/shared/api/assessments';
import type { EffectiveRequirement } from '@zhiping/shared/indicator-system/profile';
import type { AnswerChoice } from '@zhiping/shared/indicator-system/schema';
import { memo, useId, useState } from 'react';
import { useParams } from 'react-router';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { useRequirementEvidence } from '../api/list-evidence.ts';
import type { AnswerEdit, AnswerState } from '../autosave-queue.ts';
import { CHOICE_ORDER } from '../outline.ts';
import { EvidenceFiles } from './evidence-files.tsx';

export const choiceKey = (c: AnswerChoice) => `choice.${c}` as MessageKey;

/** A link the server will accept as evidence (the shared schema's rule). */
function linkProblem(links: string[], candidate: string): boolean {
  const r = evidenceSchema.safeParse({ notes: '', links: [...links, candidate] });
  return !r.success;
}

function EvidenceLinks({
  links,
  readOnly,
  onChange,
}: {
  links: string[];
  readOnly: boolean;
  onChange: (links: string[]) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const add = () => {
    const candidate = draft.trim();
    if (!candidate) return;
    if (linkProblem(links, candidate)) {
      setInvalid(true);
      return;
    }
    onChange([...links, candidate]);
    setDraft('');
    setInvalid(false);
  };
  return (
    <div className="evidence-links">
      {links.length > 0 && (
        <ul>
          {links.map((l, i) => (
            <li key={`${l}-${i}`}>
              <a href={l} target="_blank" rel="noreferrer noopener">
                {l}
              </a>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('q.evidence.removeLink', { link: l })}
                  onClick={() => onChange(links.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className={`field${invalid ? ' has-error' : ''}`}>
          <label htmlFor={inputId}>{t('q.evidence.addLink')}</label>
          <div className="copy-row">
            <input
              id={inputId}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={draft}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${inputId}-error` : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                setInvalid(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" className="btn" onClick={add}>
              {t('q.evidence.add')}
            </button>
          </div>
          {invalid && (
            <p id={`${inputId}-error`} className="field-error">
              {t('validation.url')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** One requirement: its text, guidance and evidence hints, the answer, comment and evidence. */
export const RequirementItem = memo(function RequirementItem({
  requirement,
  number,
  answer,
  naAvailable,
  active,
  readOnly,
  keyboard,
  onEdit,
  onActivate,
}: {
  requirement: EffectiveRequirement;
  /** Position in the sub-domain, from 1. */
  number: number;
  answer: AnswerState;
  naAvailable: boolean;
  active: boolean;
  readOnly: boolean;
  keyboard: boolean;
  onEdit: (requirementId: string, edit: AnswerEdit) => void;
  onActivate: (requirementId: string) => void;
}) {
  const { t, pick } = useI18n();
  const id = requirement.id;
  const domId = `req-${id}`;
  // The questionnaire's route is /assessments/:id.
  const { id: assessmentId = '' } = useParams();
  const files = useRequirementEvidence(assessmentId, id);
  const hasNotes =
    answer.comment !== '' || answer.evidence.notes !== '' || answer.evidence.links.length > 0;
  const [notesOpen, setNotesOpen] = useState(hasNotes);
  const choices = CHOICE_ORDER.filter((c) => c !== 'na' || naAvailable);
  const noteCount =
    (answer.comment ? 1 : 0) +
    (answer.evidence.notes ? 1 : 0) +
    answer.evidence.links.length +
    (files.data?.length ?? 0);

  return (
    <article
      id={domId}
      className={`q-item${active ? ' active' : ''}${answer.choice ? ' answered' : ''}`}
      tabIndex={-1}
      aria-labelledby={`${domId}-text`}
      aria-current={active ? 'true' : undefined}
      data-requirement={id}
      data-level={requirement.level}
      onFocus={() => onActivate(id)}
      onPointerDown={() => onActivate(id)}
    >
      <header className="q-item-head">
        <span className="q-item-number">{number}</span>
        <span className={`level-tag level-${requirement.level}`}>
          {t('q.levelShort', { level: requirement.level })}
        </span>
        <span className="req-id">{id}</span>
        {answer.choice ? (
          <span className="answered-tag">✓ {t('q.answered')}</span>
        ) : (
          <span className="open-tag">{t('q.unanswered')}</span>
        )}
      </header>
      <p id={`${domId}-text`} className="req-text">
        {pick(requirement.text)}
      </p>
      <details className="req-guidance">
        <summary>{t('q.guidance')}</summary>
        <p>{pick(requirement.guidance)}</p>
        {requirement.evidenceHints.length > 0 && (
          <>
            <h4>{t('q.evidenceHints')}</h4>
            <ul>
              {requirement.evidenceHints.map((h, i) => (
                <li key={i}>{pick(h)}</li>
              ))}
            </ul>
          </>
        )}
      </details>
      <fieldset className="choices" disabled={readOnly}>
        <legend className="sr-only">{t('q.answerFor', { number })}</legend>
        {choices.map((c) => (
          <label key={c} className={`choice choice-${c}${answer.choice === c ? ' checked' : ''}`}>
            <input
              type="radio"
              name={`choice-${id}`}
              value={c}
              checked={answer.choice === c}
              onChange={() => onEdit(id, { choice: c })}
            />
            {keyboard && <kbd aria-hidden="true">{CHOICE_ORDER.indexOf(c) + 1}</kbd>}
            <span>{t(choiceKey(c))}</span>
          </label>
        ))}
      </fieldset>
      <details
        className="req-notes"
        open={notesOpen}
        onToggle={(e) => setNotesOpen(e.currentTarget.open)}
      >
        <summary>
          {t('q.notes')}
          {noteCount > 0 && <span className="badge">{noteCount}</span>}
        </summary>
        <div className="field">
          <label htmlFor={`${domId}-comment`}>{t('q.comment')}</label>
          <textarea
            id={`${domId}-comment`}
            rows={2}
            maxLength={4000}
            readOnly={readOnly}
            value={answer.comment}
            placeholder={t('q.commentPlaceholder')}
            onChange={(e) => onEdit(id, { comment: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${domId}-notes`}>{t('q.evidence.notes')}</label>
          <textarea
            id={`${domId}-notes`}
            rows={2}
            maxLength={4000}
            readOnly={readOnly}
            value={answer.evidence.notes}
            placeholder={t('q.evidence.notesPlaceholder')}
            onChange={(e) =>
              onEdit(id, { evidence: { notes: e.target.value, links: answer.evidence.links } })
            }
          />
        </div>
        <EvidenceLinks
          links={answer.evidence.links}
          readOnly={readOnly}
          onChange={(links) => onEdit(id, { evidence: { notes: answer.evidence.notes, links } })}
        />
        <EvidenceFiles assessmentId={assessmentId} requirementId={id} readOnly={readOnly} />
      </details>
    </article>
  );
});
