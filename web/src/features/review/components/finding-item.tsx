import type { FindingView } from '@zhiping/shared/api/reviews';
import { useI18n } from '../../../i18n/index.tsx';
import { useReopenFinding } from '../api/reopen-finding.ts';
import { useVerifyFinding } from '../api/verify-finding.ts';

/** One finding: what the assessor found, what the enterprise answered, and what is next. */
export function FindingItem({
  assessmentId,
  finding,
  canAct,
  onJump,
}: {
  assessmentId: string;
  finding: FindingView;
  /** The assigned assessor, in review: may verify or re-open an answered finding. */
  canAct: boolean;
  /** Opens the requirement the finding is about (omitted where it is already shown). */
  onJump?: (requirementId: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const verify = useVerifyFinding(assessmentId);
  const reopen = useReopenFinding(assessmentId);
  const pending = verify.isPending || reopen.isPending;
  const { requirementId } = finding;
  return (
    <li
      className={`finding finding-${finding.status}`}
      data-testid="finding"
      data-status={finding.status}
    >
      <div className="finding-head">
        <span className={`finding-status finding-status-${finding.status}`}>
          {t(`review.finding.status.${finding.status}`)}
        </span>
        {requirementId ? (
          onJump ? (
            <button
              type="button"
              className="linklike mono small"
              onClick={() => onJump(requirementId)}
            >
              {requirementId}
            </button>
          ) : null
        ) : (
          <span className="small muted">{t('review.finding.overall')}</span>
        )}
        <span className="small muted finding-date">{formatDate(finding.createdAt)}</span>
      </div>
      <p className="prewrap finding-text">{finding.text}</p>
      {finding.response && (
        <div className="finding-response">
          <span className="self-label">{t('review.finding.response')}</span>
          <p className="prewrap">{finding.response}</p>
        </div>
      )}
      {canAct && finding.status === 'answered' && (
        <div className="button-row">
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={pending}
            onClick={() => verify.mutate(finding.id)}
          >
            {t('review.finding.verify')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={pending}
            onClick={() => reopen.mutate(finding.id)}
          >
            {t('review.finding.reopen')}
          </button>
        </div>
      )}
      {(verify.isError || reopen.isError) && (
        <p role="alert" className="field-error">
          {t('review.finding.actionFailed')}
        </p>
      )}
    </li>
  );
}
