import {
  REVIEW_QUEUE_SCOPES,
  REVIEWABLE_STATUSES,
  type ReviewQueueScope,
} from '@zhiping/shared/api/reviews';
import { INDUSTRIES } from '@zhiping/shared/indicator-system/schema';
import { useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useReviewQueue } from '../api/get-review-queue.ts';
import { QueueList } from '../components/queue-list.tsx';
import '../review.css';

const LIMIT = 20;
const SCOPE_KEYS: Record<ReviewQueueScope, MessageKey> = {
  assigned: 'review.queue.scope.assigned',
  claimable: 'review.queue.scope.claimable',
  all: 'review.queue.scope.all',
};

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);

/** /review — the assessor's queue: assigned to me, open to claim, or everything I may see. */
export function Component() {
  const { t } = useI18n();
  const session = useSession();
  const isAdmin = session.status === 'authenticated' && session.user.role === 'admin';
  useDocumentTitle(t('review.queue.title'));
  const [params, setParams] = useSearchParams();
  const scope = oneOf(REVIEW_QUEUE_SCOPES, params.get('scope')) ?? (isAdmin ? 'all' : 'assigned');
  const industry = oneOf(INDUSTRIES, params.get('industry'));
  const status = oneOf(REVIEWABLE_STATUSES, params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queue = useReviewQueue({ page, limit: LIMIT, scope, industry, status });

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const pages = queue.data ? Math.max(1, Math.ceil(queue.data.total / LIMIT)) : 1;

  return (
    <section className="page review-queue" data-testid="review-queue">
      <div className="page-head">
        <div>
          <h1>{t('review.queue.title')}</h1>
          <p className="muted">{t(isAdmin ? 'review.queue.leadAdmin' : 'review.queue.lead')}</p>
        </div>
      </div>
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
        <label className="filter">
          <span>{t('review.queue.industry')}</span>
          <select
            value={industry ?? ''}
            onChange={(e) => update({ industry: e.target.value || undefined })}
          >
            <option value="">{t('review.queue.anyIndustry')}</option>
            {INDUSTRIES.map((i) => (
              <option key={i} value={i}>
                {t(`industry.${i}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('review.queue.status')}</span>
          <select
            value={status ?? ''}
            onChange={(e) => update({ status: e.target.value || undefined })}
          >
            <option value="">{t('review.queue.anyStatus')}</option>
            {REVIEWABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`review.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <div className="empty-state" data-testid="queue-empty">
          <p>
            {t(industry || status ? 'review.queue.emptyFiltered' : `review.queue.empty.${scope}`)}
          </p>
        </div>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {t('review.queue.count', { count: queue.data.total })}
          </p>
          <QueueList items={queue.data.items} />
          {pages > 1 && (
            <nav className="pager" aria-label={t('review.pager.label')}>
              <button
                type="button"
                className="btn btn-small"
                disabled={page <= 1}
                onClick={() => update({ page: String(page - 1) })}
              >
                {t('review.pager.previous')}
              </button>
              <span>{t('review.pager.position', { page, pages })}</span>
              <button
                type="button"
                className="btn btn-small"
                disabled={page >= pages}
                onClick={() => update({ page: String(page + 1) })}
              >
                {t('review.pager.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
