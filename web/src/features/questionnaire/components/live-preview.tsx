import type { AssessmentReport } from '@zhiping/shared/scoring/types';
import { levelName, round2 } from '@zhiping/shared/scoring/labels';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { useI18n } from '../../../i18n/index.tsx';

/**
 * Level and score computed in the browser by the shared engine as answers change; unanswered
 * requirements count as 0, as they would if submitted now.
 */
export function LivePreview({
  report,
  system,
  compact = false,
}: {
  report: AssessmentReport | null;
  system: IndicatorSystem;
  compact?: boolean;
}) {
  const { t, pick, formatNumber } = useI18n();
  if (!report) {
    return (
      <div className="live-preview" data-testid="live-preview">
        <span className="muted small">{t('q.preview.unavailable')}</span>
      </div>
    );
  }
  const score = formatNumber(round2(report.score), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (
    <div className="live-preview" data-testid="live-preview" aria-live="polite">
      <span className="preview-label">{t('q.preview.title')}</span>
      <strong className="preview-level" data-testid="preview-level">
        {pick(levelName(system, report.maturityLevel))}
      </strong>
      <span className="preview-score">
        {t('q.preview.score')} <strong data-testid="preview-score">{score}</strong>
      </span>
      {!compact && (
        <ol className="preview-levels" aria-label={t('q.preview.levels')}>
          {report.levels.map((l) => (
            <li
              key={l.level}
              className={!l.present ? 'absent' : l.attained ? 'attained' : 'not-attained'}
              title={pick(levelName(system, l.level))}
            >
              <span>{t('q.levelShort', { level: l.level })}</span>
              <span>
                {l.score === null
                  ? '—'
                  : formatNumber(round2(l.score * 100), { maximumFractionDigits: 0 }) + '%'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
