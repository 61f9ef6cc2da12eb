import type { FindingView, ReviewItemView } from '@zhiping/shared/api/reviews';
import { useI18n } from '../../../i18n/index.tsx';
import { sectionCounts, type ReviewSection } from '../model.ts';

/** The sub-domains to review, with what the review did in each; a select on a phone. */
export function SectionNav({
  sections,
  current,
  items,
  findings,
  onSelect,
}: {
  sections: ReviewSection[];
  current: string;
  items: ReadonlyMap<string, ReviewItemView>;
  findings: ReadonlyMap<string, FindingView[]>;
  onSelect: (sectionId: string) => void;
}) {
  const { t, pick } = useI18n();
  return (
    <nav className="r-nav" aria-label={t('review.nav.label')}>
      <label className="r-nav-select">
        <span>{t('review.nav.label')}</span>
        <select value={current} onChange={(e) => onSelect(e.target.value)}>
          {sections.map((s) => (
            <option key={s.node.id} value={s.node.id}>
              {[...s.path, s.node]
                .map((n) => pick(n.name))
                .filter((name, i, all) => name !== all[i - 1])
                .join(' / ')}
            </option>
          ))}
        </select>
      </label>
      <ol className="r-nav-list">
        {sections.map((s) => {
          const c = sectionCounts(s, items, findings);
          return (
            <li key={s.node.id}>
              <button
                type="button"
                className={`r-nav-item${s.node.id === current ? ' current' : ''}${s.tailored ? ' tailored' : ''}`}
                aria-current={s.node.id === current ? 'true' : undefined}
                onClick={() => onSelect(s.node.id)}
              >
                <span className="r-nav-name">{pick(s.node.name)}</span>
                <span className="r-nav-counts">
                  {s.tailored ? (
                    <span className="small muted">{t('review.nav.tailored')}</span>
                  ) : (
                    <>
                      <span className="small muted" title={t('review.nav.reviewedTitle')}>
                        {c.reviewed}/{c.total}
                      </span>
                      {c.adjusted > 0 && (
                        <span
                          className="decision-tag decision-adjust"
                          title={t('review.nav.adjustedTitle')}
                        >
                          ±{c.adjusted}
                        </span>
                      )}
                      {c.open > 0 && (
                        <span className="badge badge-warn" title={t('review.nav.openTitle')}>
                          {c.open}
                        </span>
                      )}
                    </>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
