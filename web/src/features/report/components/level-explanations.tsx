import { useI18n } from '../../../i18n/index.tsx';
import { explainLevel } from '../explain.ts';
import { ANSWER_KEYS, fmt2, type RequirementInfo } from '../model.ts';
import type { ReportData } from '../types.ts';

/** At most this many blocking items are listed per sub-domain; the gap table has them all. */
const ITEMS_SHOWN = 5;

export interface LevelExplanationsProps {
  report: ReportData;
  requirements: Map<string, RequirementInfo>;
  levelName: (level: number) => string;
}

/**
 * "Why this level", per sub-domain: the level that capped it, that level's score against the
 * threshold, the items below 全部满足 there, and the overall score's terms. It makes visible why
 * a change at a low level can move a score a lot while a high level's score does not count.
 */
export function LevelExplanations({ report, requirements, levelName }: LevelExplanationsProps) {
  const { t, pick } = useI18n();
  const threshold = fmt2(report.parameters.threshold);
  const explained = report.nodes
    .filter((n) => n.kind === 'subdomain')
    .map((n) => ({ node: n, why: explainLevel(n, report.gaps, report.targetLevel) }))
    .filter((x) => x.why !== null);
  if (explained.length === 0) return null;
  return (
    <div className="level-explanations" data-testid="level-explanations">
      {explained.map(({ node, why }) => {
        if (!why) return null;
        const { formula: f } = why;
        const formula =
          f.n === 0
            ? t('report.why.formulaZero', { s1: fmt2(f.sn), score: fmt2(why.score) })
            : f.n === 5
              ? t('report.why.formulaFive', { sn: fmt2(f.sn ?? 1), score: fmt2(why.score) })
              : t('report.why.formula', {
                  n1: f.n - 1,
                  sn: fmt2(f.sn ?? 1),
                  next: fmt2(f.snNext),
                  score: fmt2(why.score),
                });
        return (
          <details key={node.id} className="why-level" data-testid={`why-${node.id}`}>
            <summary>
              <strong>{pick(node.name)}</strong> · {levelName(why.level)} · {fmt2(why.score)}
              <span className="muted">
                {' — '}
                {why.blockedAt === null
                  ? t('report.why.top')
                  : t('report.why.capped', {
                      level: levelName(why.blockedAt),
                      score: fmt2(why.blockedScore),
                      threshold,
                    })}
              </span>
            </summary>
            <p>{formula}</p>
            {why.attainedButNotCounted.length > 0 && (
              <p>
                {t('report.why.notCounted', {
                  levels: why.attainedButNotCounted.map(levelName).join('、'),
                  blocked: levelName(why.blockedAt ?? 0),
                })}
              </p>
            )}
            {why.blockedAt !== null &&
              (why.blockedAboveTarget ? (
                <p className="muted">
                  {t('report.why.aboveTarget', { level: levelName(why.blockedAt) })}
                </p>
              ) : why.blockingItems.length === 0 ? null : (
                <>
                  <p>
                    {t('report.why.items', {
                      count: why.blockingItems.length,
                      level: levelName(why.blockedAt),
                    })}
                  </p>
                  <ul className="why-items">
                    {why.blockingItems.slice(0, ITEMS_SHOWN).map((g) => (
                      <li key={g.requirementId}>
                        <code className="req-id">{g.requirementId}</code>{' '}
                        {pick(requirements.get(g.requirementId)?.text ?? { zh: '', en: '' })}
                        <span className="muted">
                          {' · '}
                          {g.answer ? t(ANSWER_KEYS[g.answer]) : t('report.answer.unanswered')}
                        </span>
                      </li>
                    ))}
                  </ul>
                  {why.blockingItems.length > ITEMS_SHOWN && (
                    <p className="muted small">
                      {t('report.why.more', { count: why.blockingItems.length - ITEMS_SHOWN })}
                    </p>
                  )}
                </>
              ))}
          </details>
        );
      })}
    </div>
  );
}
