import {
  FINDING_STATUSES,
  type FindingStatus,
  type FindingView,
} from '@zhiping/shared/api/reviews';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { FindingItem } from './finding-item.tsx';
import { RaiseFindingForm } from './raise-finding-form.tsx';

/** Every finding of the review, by status, and a finding about the assessment as a whole. */
export function FindingsPanel({
  assessmentId,
  findings,
  canRaise,
  canAct,
  onJump,
}: {
  assessmentId: string;
  findings: FindingView[];
  canRaise: boolean;
  canAct: boolean;
  onJump: (requirementId: string) => void;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<FindingStatus | 'all'>('all');
  const shown = filter === 'all' ? findings : findings.filter((f) => f.status === filter);
  const count = (s: FindingStatus) => findings.filter((f) => f.status === s).length;
  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title" className="sr-only">
        {t('review.tabs.findings')}
      </h2>
      {canRaise && (
        <div className="card">
          <RaiseFindingForm assessmentId={assessmentId} requirementId={null} />
        </div>
      )}
      <div className="segmented" role="group" aria-label={t('review.finding.filter')}>
        <button
          type="button"
          className={filter === 'all' ? 'active' : ''}
          aria-pressed={filter === 'all'}
          onClick={() => setFilter('all')}
        >
          {t('review.finding.all', { count: findings.length })}
        </button>
        {FINDING_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className={filter === s ? 'active' : ''}
            aria-pressed={filter === s}
            onClick={() => setFilter(s)}
          >
            {t(`review.finding.status.${s}`)} {count(s)}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>{t(findings.length ? 'review.finding.noneFiltered' : 'review.finding.none')}</p>
        </div>
      ) : (
        <ul className="finding-list">
          {shown.map((f) => (
            <FindingItem
              key={f.id}
              assessmentId={assessmentId}
              finding={f}
              canAct={canAct}
              onJump={onJump}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
