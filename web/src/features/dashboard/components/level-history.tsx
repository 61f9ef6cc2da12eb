import type { AssessmentView } from '@zhiping/shared/api/assessments';
import { lazy, Suspense } from 'react';
import { LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';

const LevelHistoryChart = lazy(() => import('../../../components/charts/level-history-chart.tsx'));

/** Level and score of each submitted assessment, oldest first, as a small line chart. */
export function LevelHistory({ assessments }: { assessments: AssessmentView[] }) {
  const { t, formatDate } = useI18n();
  const points = assessments
    .filter((a) => a.result !== null)
    .map((a) => ({ a, at: a.signedOffAt ?? a.submittedAt ?? a.updatedAt }))
    .sort((x, y) => x.at.localeCompare(y.at))
    .map(({ a, at }) => ({
      label: formatDate(at, { year: 'numeric', month: 'short', day: 'numeric' }),
      title: a.title,
      level: a.result?.maturityLevel ?? 0,
      score: Math.round((a.result?.score ?? 0) * 100) / 100,
    }));
  return (
    <section className="card chart-card" aria-labelledby="history-title">
      <h2 id="history-title">{t('dashboard.history.title')}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('dashboard.history.empty')}</p>
      ) : (
        <Suspense fallback={<LoadingState />}>
          <LevelHistoryChart
            points={points}
            levelLabel={t('dashboard.history.level')}
            scoreLabel={t('dashboard.history.score')}
            ariaLabel={t('dashboard.history.aria', {
              summary: points.map((p) => `${p.label}: ${p.level} / ${p.score}`).join('; '),
            })}
          />
        </Suspense>
      )}
    </section>
  );
}
