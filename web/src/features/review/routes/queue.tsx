import {
  REVIEW_QUEUE_SCOPES,
  REVIEWABLE_STATUSES,
  type ReviewQueueScope,
} from '@zhiping/shared/api/reviews';
import { INDUSTRIES } from '@zhiping/shared/indicator-system/schema';
import { FilterSelect } from '../../../components/ui/filter-select.tsx';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHead } from '../../../components/ui/page-head.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { oneOf, useListParams } from '../../../lib/use-list-params.ts';
import { useReviewQueue } from '../api/get-review-queue.ts';
import { QueueList } from '../components/queue-list.tsx';
import '../review.css';

const LIMIT = 20;
const SCOPE_KEYS: Record<ReviewQueueScope, MessageKey> = {
  assigned: 'review.queue.scope.assigned',
  claimable: 'review.queue.scope.claimable',
  all: 'review.queue.scope.all',
};

/** /review — the assessor's queue: assigned to me, open to claim, or everything I may see. */
export function Component() {
  const { t } = useI18n();
  const session = useSession();
  const isAdmin = session.status === 'authenticated' && session.user.role === 'admin';
  useDocumentTitle(t('review.queue.title'));
  const { params, page, update } = useListParams();
  const scope = oneOf(REVIEW_QUEUE_SCOPES, params.get('scope')) ?? (isAdmin ? 'all' : 'assigned');
  const industry = oneOf(INDUSTRIES, params.get('industry'));
  const status = oneOf(REVIEWABLE_STATUSES, params.get('status'));
  const queue = useReviewQueue({ page, limit: LIMIT, scope, industry, status });

  return (
    <section className="page review-queue" data-testid="review-queue">
      <PageHead
        title={t('review.queue.title')}
        lead={t(isAdmin ? 'review.queue.leadAdmin' : 'review.queue.lead')}
      />
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('review.queue.scope.label')}>
          {REVIEW_QUEUE_SCOPES.map((s) => (
            <button
              key={s}
              type="button"
              className={s === scope ? 'active' : ''}
              aria-pressed={s === scope}
              onClick={() => update({ scope: s })}
            >
              {t(SCOPE_KEYS[s])}
            </button>
          ))}
        </div>
        <FilterSelect
          label={t('review.queue.industry')}
          anyLabel={t('review.queue.anyIndustry')}
          value={industry}
          options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
          onChange={(v) => update({ industry: v })}
        />
        <FilterSelect
          label={t('review.queue.status')}
          anyLabel={t('review.queue.anyStatus')}
          value={status}
          options={REVIEWABLE_STATUSES.map((s) => ({ value: s, label: t(`review.status.${s}`) }))}
          onChange={(v) => update({ status: v })}
        />
      </div>
      <PagedList
        query={queue}
        page={page}
        limit={LIMIT}
        onPage={(p) => update({ page: String(p) })}
        emptyTestId="queue-empty"
        empty={
          <p>
            {t(industry || status ? 'review.queue.emptyFiltered' : `review.queue.empty.${scope}`)}
          </p>
        }
      >
        {(data) => (
          <>
            <p className="muted small" aria-live="polite">
              {t('review.queue.count', { count: data.total })}
            </p>
            <QueueList items={data.items} />
          </>
        )}
      </PagedList>
    </section>
  );
}
