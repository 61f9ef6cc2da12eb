import type { ReviewView } from '@zhiping/shared/api/reviews';
import { useI18n } from '../../../i18n/index.tsx';
import { fmt2, levelKey } from '../model.ts';

const signed = (n: number) =>
  Math.abs(n) < 0.005 ? '±0.00' : `${n > 0 ? '+' : '−'}${fmt2(Math.abs(n))}`;

/** Self-assessed against assessed: level and score, the assessed side live until sign-off. */
export function ScoreCompare({ review }: { review: ReviewView }) {
  const { t } = useI18n();
  const self = review.selfResult;
  const assessed = review.assessedReport;
  const delta = self && assessed ? assessed.score - self.score : null;
  const levelChanged = self && assessed && self.maturityLevel !== assessed.maturityLevel;
  return (
    <dl className="score-compare" data-testid="score-compare">
      <div>
        <dt>{t('review.self')}</dt>
        <dd>
          <strong>{self ? t(levelKey(self.maturityLevel)) : '—'}</strong>
          <span className="score-number">{fmt2(self?.score)}</span>
        </dd>
      </div>
      <div className={levelChanged ? 'changed' : ''}>
        <dt>
          {t(review.status === 'signed_off' ? 'review.assessedFinal' : 'review.assessedLive')}
        </dt>
        <dd aria-live="polite" data-testid="assessed-score">
          <strong>{assessed ? t(levelKey(assessed.maturityLevel)) : '—'}</strong>
          <span className="score-number">{fmt2(assessed?.score)}</span>
          {delta !== null && (
            <span className={`score-delta${delta < 0 ? ' down' : delta > 0 ? ' up' : ''}`}>
              {signed(delta)}
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}
