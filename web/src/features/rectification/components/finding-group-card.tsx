import type { AnswerView } from '@zhiping/shared/api/assessments';
import type { FindingView } from '@zhiping/shared/api/reviews';
import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import type { RectificationState } from '../hooks/use-rectification.ts';
import {
  choiceKey,
  groupDomId,
  groupIsOpen,
  responseFieldId,
  type FindingGroup,
} from '../model.ts';
import { AnswerEditor } from './answer-editor.tsx';
import { SaveState } from './save-state.tsx';

function statusKey(f: FindingView): MessageKey {
  if (f.status === 'open')
    return f.response ? 'rect.finding.status.responded' : 'rect.finding.status.open';
  return `rect.finding.status.${f.status}`;
}

/** What the assessor found; a handled finding also shows the response it got. */
function FindingText({
  finding,
  number,
  showResponse,
}: {
  finding: FindingView;
  /** Set when the card holds several findings: their responses carry the same number. */
  number: number | null;
  showResponse: boolean;
}) {
  const { t, formatDate } = useI18n();
  return (
    <li className={`rect-finding rect-finding-${finding.status}`} data-testid="rect-finding">
      <div className="rect-finding-head">
        <span className="rect-label">
          {t('rect.finding.assessor')}
          {number !== null && ` ${number}`}
        </span>
        <span className={`rect-status rect-status-${finding.status}`} data-testid="finding-status">
          {t(statusKey(finding))}
        </span>
        <span className="small muted rect-date">
          {t('rect.finding.raisedOn', { date: formatDate(finding.createdAt) })}
        </span>
      </div>
      <p className="rect-prewrap rect-finding-text">{finding.text}</p>
      {showResponse && finding.response && (
        <div className="rect-finding-response">
          <span className="rect-label">{t('rect.finding.yourResponse')}</span>
          <p className="rect-prewrap">{finding.response}</p>
        </div>
      )}
    </li>
  );
}

/**
 * One card of work: the requirement (or the assessment as a whole), the assessor's findings,
 * the re-opened answer with its evidence, a response per open finding, and one save.
 */
export function FindingGroupCard({
  assessmentId,
  group,
  answer,
  fileCount,
  editable,
  flagged,
  rect,
}: {
  assessmentId: string;
  group: FindingGroup;
  answer: AnswerView | undefined;
  fileCount: number;
  /** The assessment is returned: open findings take responses, their answers can change. */
  editable: boolean;
  /** Findings a refused resubmission named as still needing a response. */
  flagged: ReadonlySet<string>;
  rect: RectificationState;
}) {
  const { t, pick } = useI18n();
  const { place, requirementId } = group;
  const workable = editable && groupIsOpen(group);
  const card = rect.card(group.key);
  const saving = card.status === 'saving';
  const open = group.findings.filter((f) => f.status === 'open');
  // Open findings come first in a group, so their numbers run 1, 2, … in both lists.
  const numbered = group.findings.length > 1;
  const draft = requirementId ? rect.answerOf(requirementId) : null;

  return (
    <article
      className={`card rect-card${workable ? ' workable' : ''}`}
      id={groupDomId(group.key)}
      tabIndex={-1}
      data-testid="rect-group"
      data-requirement={requirementId ?? undefined}
    >
      <header className="rect-card-head">
        {place ? (
          <>
            <span className="level-tag">
              {t('rect.requirement.level', { level: place.requirement.level })}
            </span>
            <code className="req-id">{place.requirement.id}</code>
            <span className="breadcrumb">{place.path.map((n) => pick(n.name)).join(' › ')}</span>
          </>
        ) : requirementId ? (
          <code className="req-id">{t('rect.requirement.unknown', { id: requirementId })}</code>
        ) : (
          <strong>{t('rect.finding.general')}</strong>
        )}
      </header>
      {place && (
        <>
          <p className="req-text">{pick(place.requirement.text)}</p>
          <details className="req-guidance">
            <summary>{t('rect.guidance')}</summary>
            <p>{pick(place.requirement.guidance)}</p>
            {place.requirement.evidenceHints.length > 0 && (
              <>
                <h4>{t('rect.evidenceHints')}</h4>
                <ul>
                  {place.requirement.evidenceHints.map((h, i) => (
                    <li key={i}>{pick(h)}</li>
                  ))}
                </ul>
              </>
            )}
          </details>
        </>
      )}

      <ol className="rect-findings">
        {group.findings.map((f, i) => (
          <FindingText
            key={f.id}
            finding={f}
            number={numbered ? i + 1 : null}
            showResponse={!workable || f.status !== 'open'}
          />
        ))}
      </ol>

      {requirementId && draft && (
        <section className="rect-answer" aria-label={t('rect.answer.title')}>
          <h3 className="rect-label">{t('rect.answer.title')}</h3>
          {workable && place ? (
            <AnswerEditor
              requirement={place.requirement}
              value={draft}
              disabled={saving}
              onChange={(next) => rect.setAnswer(requirementId, next)}
            />
          ) : (
            <>
              <p>
                {answer?.choice ? (
                  <span className={`rect-chip rect-chip-${answer.choice}`}>
                    {t(choiceKey(answer.choice))}
                  </span>
                ) : (
                  <span className="muted">{t('rect.answer.none')}</span>
                )}
              </p>
              {answer?.comment && <p className="rect-prewrap small">{answer.comment}</p>}
              {editable && <p className="small muted">{t('rect.answer.locked')}</p>}
            </>
          )}
          <p className="rect-evidence small">
            <span className="muted">
              {t('rect.evidence.title')}:{' '}
              {t('rect.evidence.count', {
                files: fileCount,
                links: answer?.evidence.links.length ?? 0,
              })}
            </span>
            {workable && (
              <Link
                to={{
                  pathname: `/assessments/${assessmentId}`,
                  hash: `req-${encodeURIComponent(requirementId)}`,
                }}
              >
                {t('rect.evidence.edit')} →
              </Link>
            )}
          </p>
        </section>
      )}

      {workable &&
        open.map((f, i) => {
          const id = responseFieldId(f.id);
          const missing = flagged.has(f.id) && !f.response;
          return (
            <div key={f.id} className={`field rect-response${missing ? ' has-error' : ''}`}>
              <label htmlFor={id}>
                {t('rect.response.label')}
                {numbered && ` · ${i + 1}`}
                <span className="required" aria-hidden="true">
                  *
                </span>
              </label>
              <textarea
                id={id}
                rows={3}
                maxLength={4000}
                disabled={saving}
                value={rect.responseOf(f)}
                placeholder={t('rect.response.placeholder')}
                aria-invalid={missing || undefined}
                aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
                onChange={(e) => rect.setResponse(f.id, e.target.value)}
              />
              <p id={`${id}-hint`} className="field-hint">
                {t('rect.response.hint')}
              </p>
              {missing && (
                <p id={`${id}-error`} className="field-error">
                  {t('rect.response.needed')}
                </p>
              )}
            </div>
          );
        })}

      {workable && (
        <footer className="rect-card-foot">
          <button
            type="button"
            className="btn btn-primary"
            disabled={saving || !rect.isDirty(group)}
            onClick={() => void rect.save(group)}
          >
            {saving ? t('rect.save.saving') : t('rect.save')}
          </button>
          <SaveState state={card} dirty={rect.isDirty(group)} />
        </footer>
      )}
    </article>
  );
}
