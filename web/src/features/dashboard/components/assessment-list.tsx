import type { AssessmentView } from '@zhiping/shared/api/assessments';
import { Link } from 'react-router';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';

const EDITABLE = new Set(['draft', 'returned']);
const levelKey = (level: number) => `level.${Math.max(0, Math.min(5, level))}` as MessageKey;

/** The enterprise's assessments: status, progress, and level and score once submitted. */
export function AssessmentList({
  items,
  previous = new Map(),
}: {
  items: AssessmentView[];
  /** For each assessment with a result, the one carried out before it (from the history). */
  previous?: Map<string, string>;
}) {
  const { t, pick, formatDate, formatNumber } = useI18n();
  return (
    <ul className="assessment-list" data-testid="assessment-list">
      {items.map((a) => {
        const editable = EDITABLE.has(a.status);
        // Returned for 弱项整改: the work starts from the assessor's findings.
        const returned = a.status === 'returned';
        const href = returned
          ? `/assessments/${a.id}/rectification`
          : editable
            ? `/assessments/${a.id}`
            : `/assessments/${a.id}/report`;
        const { answered, applicable } = a.progress;
        return (
          <li key={a.id} className="card assessment-row">
            <div className="assessment-main">
              <h3>
                <Link to={href}>{a.title}</Link>
              </h3>
              <p className="muted small">
                {pick(a.version.name)} · {a.version.version} ·{' '}
                {t('dashboard.list.target', { level: a.targetLevel })} ·{' '}
                {t('dashboard.list.updated', { date: formatDate(a.updatedAt) })}
              </p>
            </div>
            <span className={`status status-${a.status}`}>{t(`status.${a.status}`)}</span>
            <div className="assessment-progress">
              <ProgressBar
                value={answered}
                max={applicable}
                label={t('dashboard.list.progress')}
                size="small"
              />
              <span className="small muted">
                {answered} / {applicable}
              </span>
            </div>
            <div className="assessment-result">
              {a.result ? (
                <>
                  <strong>{t(levelKey(a.result.maturityLevel))}</strong>
                  <span className="small muted">
                    {t('dashboard.list.score', {
                      score: formatNumber(a.result.score, { maximumFractionDigits: 2 }),
                    })}
                  </span>
                </>
              ) : (
                <span className="muted small">{t('dashboard.list.noResult')}</span>
              )}
            </div>
            <div className="assessment-action">
              {returned ? (
                <Link className="btn btn-primary btn-small" to={href}>
                  {t('rect.entry.action')}
                </Link>
              ) : editable ? (
                <Link className="btn btn-primary btn-small" to={`/assessments/${a.id}`}>
                  {answered > 0 ? t('dashboard.list.continue') : t('dashboard.list.start')}
                </Link>
              ) : (
                <Link className="btn btn-small" to={`/assessments/${a.id}/report`}>
                  {t('dashboard.list.report')}
                </Link>
              )}
              {previous.has(a.id) && (
                <Link
                  className="btn btn-small btn-link"
                  to={`/compare?a=${previous.get(a.id) ?? ''}&b=${a.id}`}
                  data-testid="list-compare"
                >
                  {t('dashboard.list.compare')}
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
