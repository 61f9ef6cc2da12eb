import type { ReviewView } from '@zhiping/shared/api/reviews';
import { Fragment } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSaveReviewItems } from '../api/save-review-items.ts';
import { fmt2, levelKey, type RequirementReview, type ReviewSection } from '../model.ts';
import { RequirementCard } from './requirement-card.tsx';

/** One sub-domain: its requirements, the enterprise's answers beside the assessor's decisions. */
export function ReviewSectionView({
  review,
  section,
  rows,
  canWork,
  previous,
  next,
  onSelect,
}: {
  review: ReviewView;
  section: ReviewSection;
  rows: RequirementReview[];
  canWork: boolean;
  previous: ReviewSection | undefined;
  next: ReviewSection | undefined;
  onSelect: (sectionId: string) => void;
}) {
  const { t, pick } = useI18n();
  const save = useSaveReviewItems(review.assessmentId);
  const node = review.assessedReport?.nodes.find((n) => n.id === section.node.id);
  const unreviewed = rows.filter((r) => !r.item && r.answer?.choice);
  const confirmRest = () =>
    save.mutate({
      revision: review.revision,
      items: unreviewed.map((r) => ({ requirementId: r.requirement.id, decision: 'confirm' })),
    });
  let lastLevel = 0;
  return (
    <section className="r-section" aria-labelledby="r-section-title">
      <div className="q-section-head">
        <p className="breadcrumb">{section.path.map((p) => pick(p.name)).join(' / ')}</p>
        <h2 id="r-section-title">{pick(section.node.name)}</h2>
        {node && node.score !== null && (
          <p className="small muted">
            {t('review.section.assessed', {
              level: t(levelKey(node.level ?? 0)),
              score: fmt2(node.score),
            })}
          </p>
        )}
      </div>
      {section.tailored ? (
        <div className="notice" role="note">
          <p>{t('review.section.tailored')}</p>
          <p className="prewrap">{section.tailored.reason}</p>
        </div>
      ) : (
        <>
          {canWork && (
            <div className="section-tools">
              <button
                type="button"
                className="btn btn-small"
                disabled={unreviewed.length === 0 || save.isPending}
                onClick={confirmRest}
              >
                {t('review.section.confirmRest', { count: unreviewed.length })}
              </button>
              {save.isError && (
                <span role="alert" className="field-error">
                  {save.error instanceof ApiError && save.error.status === 409
                    ? t('review.conflict')
                    : t('form.unexpected')}
                </span>
              )}
            </div>
          )}
          {rows.map((row, i) => {
            const heading = row.requirement.level !== lastLevel;
            lastLevel = row.requirement.level;
            return (
              <Fragment key={row.requirement.id}>
                {heading && <h3 className="level-heading">{t(levelKey(row.requirement.level))}</h3>}
                <RequirementCard
                  assessmentId={review.assessmentId}
                  revision={review.revision}
                  review={row}
                  index={i + 1}
                  canWork={canWork}
                />
              </Fragment>
            );
          })}
        </>
      )}
      <nav className="section-pager" aria-label={t('review.nav.pager')}>
        {previous ? (
          <button type="button" className="btn" onClick={() => onSelect(previous.node.id)}>
            ← {pick(previous.node.name)}
          </button>
        ) : (
          <span />
        )}
        {next && (
          <button type="button" className="btn" onClick={() => onSelect(next.node.id)}>
            {pick(next.node.name)} →
          </button>
        )}
      </nav>
    </section>
  );
}
