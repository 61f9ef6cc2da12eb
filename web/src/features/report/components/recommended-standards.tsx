import type { ReportResponse } from '@zhiping/shared/api/reports';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { fmt3 } from '../model.ts';
import type { Recommendation } from '../types.ts';
import { usePrinting } from '../use-printing.ts';

type Plan = ReportResponse['standardsPlan'];

export interface RecommendedStandardsProps {
  recommendations: Recommendation[];
  plan: Plan;
  levelName: (level: number) => string;
}

/** At most this many addressed requirements are listed per standard before "more". */
const REQUIREMENTS_SHOWN = 3;

/**
 * The standards to adopt, ranked by the summed impact of the gaps each addresses: the top ten
 * first and the rest behind "show all"; each names the requirements it addresses in words and
 * where it sits in the national standard system. Sub-domains no national standard covers say
 * so, and the quick wins come with their definition.
 */
export function RecommendedStandards({
  recommendations,
  plan,
  levelName,
}: RecommendedStandardsProps) {
  const { t, pick } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const printing = usePrinting();
  const uncovered = recommendations.filter((r) => r.noStandardNote !== null);
  const shown = showAll || printing ? plan.standards : plan.standards.filter((s) => s.top);
  if (plan.standards.length === 0 && uncovered.length === 0 && plan.quickWins.length === 0)
    return <p className="empty-note">{t('report.standards.none')}</p>;

  return (
    <div className="recommendations" data-testid="recommendations">
      <details className="framework-legend" data-testid="framework-legend">
        <summary>{t('report.standards.legendTitle')}</summary>
        <p className="muted small">{pick(plan.frameworkNote)}</p>
        <ul className="framework-parts">
          {plan.frameworkParts.map((p) => (
            <li key={p.code}>
              <span className="tag">{p.code}</span> {pick(p.label)}
            </li>
          ))}
        </ul>
      </details>

      {plan.standards.length > 0 && (
        <ol className="standard-ranking" data-testid="standard-ranking">
          {shown.map((s) => (
            <li key={s.number} className="recommendation standard-ranked">
              <div className="standard-head">
                <strong>{s.number}</strong> <span>{pick(s.title)}</span>
                <span className="muted small standard-impact">
                  {t('report.standards.impact', { impact: fmt3(s.impact) })}
                </span>
              </div>
              <p className="small framework-path">
                <span className="muted">{t('report.standards.frameworkCode')}：</span>
                {s.framework.map((f, i) => (
                  <span key={f.code}>
                    {i > 0 && ' › '}
                    <span className="tag">{f.code}</span> {pick(f.label)}
                  </span>
                ))}
              </p>
              {s.reasons.length > 0 && (
                <p className="standard-reason">
                  <span className="muted">{t('report.standards.why')}</span>
                  {s.reasons.map((r) => `${pick(r.subdomainName)}：${pick(r.reason)}`).join('；')}
                </p>
              )}
              <p className="muted small">
                {t('report.standards.addresses', { count: s.requirements.length })}
              </p>
              <ul className="addressed">
                {s.requirements.slice(0, REQUIREMENTS_SHOWN).map((r) => (
                  <li key={r.requirementId}>
                    {pick(r.text)}{' '}
                    <span className="muted small">
                      （{pick(r.subdomainName)} · {levelName(r.level)}）
                    </span>
                  </li>
                ))}
              </ul>
              {s.requirements.length > REQUIREMENTS_SHOWN && (
                <p className="muted small">
                  {t('report.standards.moreRequirements', {
                    count: s.requirements.length - REQUIREMENTS_SHOWN,
                  })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {plan.standards.length > shown.length && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setShowAll(true)}
          data-testid="standards-show-all"
        >
          {t('report.standards.showAll', { count: plan.standards.length })}
        </button>
      )}

      {uncovered.length > 0 && (
        <div className="uncovered" data-testid="standards-uncovered">
          <h3>{t('report.standards.uncoveredTitle')}</h3>
          <ul>
            {uncovered.map((r) => (
              <li key={r.subdomainId}>
                <strong>{pick(r.name)}</strong>
                {r.noStandardNote && <>：{pick(r.noStandardNote)}</>}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="quick-wins" data-testid="quick-wins">
        <h3>{t('report.standards.quickWinsTitle')}</h3>
        <p className="muted small" data-testid="quick-win-definition">
          {pick(plan.quickWinDefinition)}
        </p>
        {plan.quickWins.length === 0 ? (
          <p className="empty-note">{t('report.standards.noQuickWins')}</p>
        ) : (
          <ol>
            {plan.quickWins.map((q) => (
              <li key={q.requirementId}>
                {pick(q.text)}{' '}
                <span className="muted small">
                  （{pick(q.subdomainName)} · {levelName(q.level)} · +{fmt3(q.impact)}）
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
