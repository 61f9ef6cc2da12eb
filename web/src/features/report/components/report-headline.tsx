import type { AssessmentStatus } from '@zhiping/shared/api/assessments';
import type { Completion } from '@zhiping/shared/scoring/types';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { fmt2 } from '../model.ts';

export const STATUS_KEYS: Record<AssessmentStatus, MessageKey> = {
  draft: 'report.status.draft',
  submitted: 'report.status.submitted',
  in_review: 'report.status.in_review',
  returned: 'report.status.returned',
  signed_off: 'report.status.signed_off',
};

export interface ReportHeadlineProps {
  title: string;
  enterprise: string;
  systemName: string;
  systemVersion: string;
  /** A draft for comments (征求意见稿): labelled, with a notice. */
  draftForComments?: boolean;
  profileName: string;
  status: AssessmentStatus;
  /** Whose result the headline states: the enterprise's own, or the assessor's judgment. */
  resultKind: 'self' | 'assessed';
  levelName: string;
  score: number;
  tierLabel: string;
  targetLevelName: string;
  completion: Completion;
  submittedAt: string | null;
}

/** The result in one glance: level, overall score, smart-factory tier, and what was assessed. */
export function ReportHeadline(p: ReportHeadlineProps) {
  const { t, formatDate } = useI18n();
  const date = p.submittedAt ? formatDate(p.submittedAt) : null;
  return (
    <header className="report-headline" data-testid="report-headline">
      <p className="report-kicker">{t('report.kicker')}</p>
      <h1>{p.title}</h1>
      {p.draftForComments && (
        <p className="notice" role="note" data-testid="draft-notice">
          {t('version.draftNotice')}
        </p>
      )}
      <dl className="report-meta">
        <div>
          <dt>{t('report.meta.enterprise')}</dt>
          <dd>{p.enterprise}</dd>
        </div>
        <div>
          <dt>{t('report.meta.system')}</dt>
          <dd>
            {p.systemName} · {p.systemVersion}
            {p.draftForComments && (
              <span className="badge badge-warn" data-testid="draft-badge">
                {' '}
                {t('version.draftForComments')}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('report.meta.profile')}</dt>
          <dd>{p.profileName}</dd>
        </div>
        <div>
          <dt>{t('report.meta.status')}</dt>
          <dd>
            <span className={`status-badge status-${p.status}`}>{t(STATUS_KEYS[p.status])}</span>
          </dd>
        </div>
        {date && (
          <div>
            <dt>{t('report.meta.submittedAt')}</dt>
            <dd>{date}</dd>
          </div>
        )}
      </dl>
      <div className="report-result">
        <div className="result-level">
          <span className="result-label">
            {t(p.resultKind === 'assessed' ? 'report.result.assessed' : 'report.result.self')}
          </span>
          <strong data-testid="maturity-level">{p.levelName}</strong>
        </div>
        <div className="result-score">
          <span className="result-label">{t('report.result.score')}</span>
          <span>
            <strong data-testid="overall-score">{fmt2(p.score)}</strong>
            <span className="muted"> / 5.00</span>
          </span>
        </div>
        <div className="result-tier">
          <span className="result-label">{t('report.result.tier')}</span>
          <span data-testid="tier">{p.tierLabel}</span>
        </div>
      </div>
      <p className="muted report-target">
        {t('report.result.target', { level: p.targetLevelName })} ·{' '}
        {t('report.result.completion', {
          answered: p.completion.answered,
          applicable: p.completion.applicable,
        })}
      </p>
    </header>
  );
}
