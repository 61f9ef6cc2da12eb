import { useI18n } from '../../../i18n/index.tsx';
import { fmt2 } from '../model.ts';
import type { Recommendation } from '../types.ts';

export interface RecommendedStandardsProps {
  recommendations: Recommendation[];
  levelName: (level: number) => string;
}

/** For each weak sub-domain, the standards that address its unmet requirements, and why. */
export function RecommendedStandards({ recommendations, levelName }: RecommendedStandardsProps) {
  const { t, pick } = useI18n();
  if (recommendations.length === 0)
    return <p className="empty-note">{t('report.standards.none')}</p>;
  return (
    <div className="recommendations" data-testid="recommendations">
      {recommendations.map((r) => (
        <article key={r.subdomainId} className="recommendation">
          <h3>
            {pick(r.name)}
            <span className="muted recommendation-score">
              {r.level === null ? '' : levelName(r.level)} · {fmt2(r.score)}
            </span>
          </h3>
          <p className="muted unmet-label">
            {t('report.standards.unmet', { count: r.unmetRequirementIds.length })}
          </p>
          <ul className="unmet-ids">
            {r.unmetRequirementIds.map((id) => (
              <li key={id}>
                <code className="req-id">{id}</code>
              </li>
            ))}
          </ul>
          {r.standards.length === 0 ? (
            <p className="muted">{t('report.standards.noneMapped')}</p>
          ) : (
            <ul className="standard-list">
              {r.standards.map((s) => (
                <li key={s.number}>
                  <div className="standard-head">
                    <strong>{s.number}</strong> <span>{pick(s.title)}</span>{' '}
                    <span
                      className="tag"
                      title={t('report.standards.frameworkCode')}
                      aria-label={`${t('report.standards.frameworkCode')} ${s.frameworkCode}`}
                    >
                      {s.frameworkCode}
                    </span>
                  </div>
                  <p className="standard-reason">
                    <span className="muted">{t('report.standards.why')}</span>
                    {pick(s.why)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}
