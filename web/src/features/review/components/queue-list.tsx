import type { ReviewQueueItem } from '@zhiping/shared/api/reviews';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useClaimAssessment } from '../api/claim-assessment.ts';
import { fmt2, industryKey, levelKey } from '../model.ts';

function QueueRow({ item }: { item: ReviewQueueItem }) {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const claim = useClaimAssessment();
  const me = session.status === 'authenticated' ? session.user : null;
  const claimable = me?.role === 'assessor' && item.status === 'submitted' && !item.assessorId;
  const mine = me !== null && item.assessorId === me.id;
  const claimedMeanwhile =
    // Someone else's claim answers 404 (the server does not tell whose or in what state).
    claim.error instanceof ApiError && (claim.error.status === 404 || claim.error.status === 409)
      ? t('review.claim.taken')
      : null;
  return (
    <li className="card queue-row" data-testid="queue-row" data-assessment={item.id}>
      <div className="queue-main">
        <h3>
          <Link to={`/review/${item.id}`}>{item.title}</Link>
        </h3>
        <p className="muted small">
          {item.organization.name} · {t(industryKey(item.organization.industry))} ·{' '}
          {item.version.systemCode} {item.version.version}
        </p>
      </div>
      <div className="queue-facts">
        <span className={`status status-${item.status}`}>{t(`review.status.${item.status}`)}</span>
        {item.assessorId && (
          <span className="small muted">
            {mine ? t('review.queue.mine') : t('review.queue.othersAssessor')}
          </span>
        )}
      </div>
      <dl className="queue-result">
        <dt>{t('review.self')}</dt>
        <dd>
          {item.selfResult
            ? `${t(levelKey(item.selfResult.maturityLevel))} · ${fmt2(item.selfResult.score)}`
            : '—'}
        </dd>
        <dt>{t('review.queue.submittedAt')}</dt>
        <dd>{item.submittedAt ? formatDate(item.submittedAt) : '—'}</dd>
      </dl>
      <div className="queue-action">
        {claimable ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={claim.isPending}
            onClick={() =>
              claim.mutate(item.id, {
                onSuccess: () => void navigate(`/review/${item.id}`),
              })
            }
          >
            {claim.isPending ? t('form.submitting') : t('review.claim.action')}
          </button>
        ) : (
          <Link to={`/review/${item.id}`} className="btn">
            {mine && item.status === 'in_review'
              ? t('review.queue.continue')
              : t('review.queue.open')}
          </Link>
        )}
        {claim.isError && (
          <p role="alert" className="field-error">
            {claimedMeanwhile ?? t('form.unexpected')}
          </p>
        )}
      </div>
    </li>
  );
}

export function QueueList({ items }: { items: ReviewQueueItem[] }) {
  return (
    <ul className="queue-list">
      {items.map((item) => (
        <QueueRow key={item.id} item={item} />
      ))}
    </ul>
  );
}
