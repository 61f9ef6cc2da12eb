import type { AssessmentView } from '@zhiping/shared/api/assessments';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { historyEntries } from '../model.ts';

const LevelHistoryChart = lazy(() => import('../../../components/charts/level-history-chart.tsx'));

/**
 * Level and score of each assessment with a result, in the order the assessments were carried
 * out (submission date), each point marked as a self-assessment or an assessed result.
 */
export function LevelHistory({ assessments }: { assessments: AssessmentView[] }) {
  const { t, formatDate } = useI18n();
  const entries = historyEntries(assessments);
  const points = entries.map((e) => ({
    id: e.id,
    label: formatDate(e.at, { year: 'numeric', month: 'short', day: 'numeric' }),
    title: e.title,
    level: e.level,
    score: e.score,
    basis: e.basis,
    basisLabel: t(e.basis === 'assessed' ? 'dashboard.history.assessed' : 'dashboard.history.self'),
  }));
  const last = entries.at(-1);
  const before = entries.at(-2);
  return (
    <section className="card chart-card" aria-labelledby="history-title">
      <div className="chart-card-head">
        <h2 id="history-title">{t('dashboard.history.title')}</h2>
        {last && before && (
          <Link
            className="btn btn-small"
            to={`/compare?a=${before.id}&b=${last.id}`}
            data-testid="dashboard-compare"
          >
            {t('dashboard.compare')}
          </Link>
        )}
      </div>
      {points.length === 0 ? (
        <p className="muted">{t('dashboard.history.empty')}</p>
      ) : (
        <>
          <Suspense fallback={<LoadingState />}>
            <LevelHistoryChart
              points={points}
              levelLabel={t('dashboard.history.level')}
              scoreLabel={t('dashboard.history.score')}
              ariaLabel={t('dashboard.history.aria', {
                summary: points
                  .map((p) => `${p.label} (${p.basisLabel}): ${p.level} / ${p.score}`)
                  .join('; '),
              })}
            />
          </Suspense>
          <p className="muted small history-key">{t('dashboard.history.key')}</p>
          <ol className="visually-hidden" data-testid="history-order">
            {points.map((p) => (
              <li key={p.id} data-basis={p.basis}>
                {p.title}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
