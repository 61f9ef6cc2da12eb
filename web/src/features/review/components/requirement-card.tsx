import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { assessedChoice, CHOICE_KEYS, type RequirementReview } from '../model.ts';
import { DecisionForm } from './decision-form.tsx';
import { FindingItem } from './finding-item.tsx';
import { RaiseFindingForm } from './raise-finding-form.tsx';
import { SelfAnswer } from './self-answer.tsx';

/** The read-only decision, for anyone but the assessor at work (or after sign-off). */
function DecisionSummary({ review }: { review: RequirementReview }) {
  const { t } = useI18n();
  const { item } = review;
  const assessed = assessedChoice(review);
  return (
    <div className="decision-summary">
      <h4>{t('review.assessorSide')}</h4>
      {item ? (
        <>
          <p>
            <span className={`decision-tag decision-${item.decision}`}>
              {t(
                item.decision === 'adjust'
                  ? 'review.decision.adjusted'
                  : 'review.decision.confirmed',
              )}
            </span>{' '}
            {assessed && (
              <span className={`answer-chip answer-${assessed}`}>{t(CHOICE_KEYS[assessed])}</span>
            )}
          </p>
          {item.comment && <p className="prewrap">{item.comment}</p>}
        </>
      ) : (
        <p className="muted small">{t('review.decision.none')}</p>
      )}
    </div>
  );
}

export function RequirementCard({
  assessmentId,
  revision,
  review,
  index,
  canWork,
}: {
  assessmentId: string;
  revision: number;
  review: RequirementReview;
  index: number;
  canWork: boolean;
}) {
  const { t, pick } = useI18n();
  const [raising, setRaising] = useState(false);
  const { requirement, answer, item, files, findings } = review;
  const adjusted = item?.decision === 'adjust';
  return (
    <article
      className={`r-card${adjusted ? ' adjusted' : item ? ' confirmed' : ''}`}
      id={`req-${requirement.id}`}
      data-requirement={requirement.id}
      data-level={requirement.level}
      data-testid="requirement-review"
      tabIndex={-1}
    >
      <header className="r-card-head">
        <span className="q-item-number">{index}</span>
        <span className="level-tag">L{requirement.level}</span>
        <code className="req-id">{requirement.id}</code>
        {item && (
          <span className={`decision-tag decision-${item.decision}`}>
            {t(adjusted ? 'review.decision.adjusted' : 'review.decision.confirmed')}
          </span>
        )}
        {findings.length > 0 && (
          <span className="badge" title={t('review.tabs.findings')}>
            {t('review.finding.countShort', { count: findings.length })}
          </span>
        )}
      </header>
      <p className="req-text">{pick(requirement.text)}</p>
      <details className="req-guidance">
        <summary>{t('review.guidance')}</summary>
        <p>{pick(requirement.guidance)}</p>
        {requirement.evidenceHints.length > 0 && (
          <>
            <h5>{t('review.evidenceHints')}</h5>
            <ul>
              {requirement.evidenceHints.map((h, i) => (
                <li key={i}>{pick(h)}</li>
              ))}
            </ul>
          </>
        )}
      </details>
      <div className="r-card-sides">
        <SelfAnswer assessmentId={assessmentId} answer={answer} files={files} />
        {canWork ? (
          <DecisionForm
            key={item?.updatedAt ?? 'new'}
            assessmentId={assessmentId}
            revision={revision}
            requirement={requirement}
            selfChoice={answer?.choice ?? null}
            item={item}
          />
        ) : (
          <DecisionSummary review={review} />
        )}
      </div>
      {(findings.length > 0 || canWork) && (
        <div className="r-card-findings">
          {findings.length > 0 && (
            <ul className="finding-list">
              {findings.map((f) => (
                <FindingItem key={f.id} assessmentId={assessmentId} finding={f} canAct={canWork} />
              ))}
            </ul>
          )}
          {canWork &&
            (raising ? (
              <RaiseFindingForm
                assessmentId={assessmentId}
                requirementId={requirement.id}
                onDone={() => setRaising(false)}
              />
            ) : (
              <button type="button" className="linklike small" onClick={() => setRaising(true)}>
                + {t('review.finding.raiseHere')}
              </button>
            ))}
        </div>
      )}
    </article>
  );
}
