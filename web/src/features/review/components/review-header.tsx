import type { AssessmentView } from '@zhiping/shared/api/assessments';
import type { ReviewView } from '@zhiping/shared/api/reviews';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useClaimAssessment } from '../api/claim-assessment.ts';
import { useReturnAssessment } from '../api/return-assessment.ts';
import { levelKey, type reviewAbilities } from '../model.ts';
import { AssignAssessor } from './assign-assessor.tsx';
import { ScoreCompare } from './score-compare.tsx';
import { SignOffDialog } from './sign-off-dialog.tsx';

type Abilities = ReturnType<typeof reviewAbilities>;

/** Who and what is reviewed, the two scores, and the review's next steps. */
export function ReviewHeader({
  assessment,
  review,
  can,
}: {
  assessment: AssessmentView;
  review: ReviewView;
  can: Abilities;
}) {
  const { t, pick, formatDate } = useI18n();
  const claim = useClaimAssessment();
  const giveBack = useReturnAssessment(review.assessmentId);
  const [returning, setReturning] = useState(false);
  const [signing, setSigning] = useState(false);
  const openFindings = review.findings.filter((f) => f.status === 'open').length;
  return (
    <header className="review-head">
      <div className="review-title">
        <p className="report-kicker">
          {t('review.kicker')} · {assessment.organizationName}
        </p>
        <h1>{assessment.title}</h1>
        <p className="small muted">
          {pick(assessment.version.name)} {assessment.version.version} ·{' '}
          {t('review.targetLevel', { level: t(levelKey(assessment.targetLevel)) })}
          {assessment.submittedAt &&
            ` · ${t('review.submittedAt', { date: formatDate(assessment.submittedAt) })}`}
        </p>
        <span className={`status status-${review.status}`} data-testid="review-status">
          {t(`review.status.${review.status}`)}
        </span>
      </div>
      <ScoreCompare review={review} />
      <div className="review-actions">
        {can.claim && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={claim.isPending}
            onClick={() => claim.mutate(review.assessmentId)}
          >
            {t('review.claim.action')}
          </button>
        )}
        {can.work && (
          <>
            <button
              type="button"
              className="btn"
              disabled={!can.returnable}
              title={can.returnable ? undefined : t('review.return.needFinding')}
              onClick={() => {
                giveBack.reset();
                setReturning(true);
              }}
            >
              {t('review.return.action')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!can.signOff}
              title={
                can.signOff
                  ? undefined
                  : t('review.signOff.needVerified', { count: can.unresolved })
              }
              onClick={() => setSigning(true)}
            >
              {t('review.signOff.action')}
            </button>
          </>
        )}
        <Link to={`/assessments/${review.assessmentId}/report`} className="btn">
          {t('review.openReport')}
        </Link>
      </div>
      {claim.isError && (
        <p role="alert" className="error-box">
          {claim.error instanceof ApiError && claim.error.status === 409
            ? t('review.claim.taken')
            : t('form.unexpected')}
        </p>
      )}
      {can.work && !can.signOff && (
        <p className="small muted review-hint">
          {t('review.signOff.needVerified', { count: can.unresolved })}
        </p>
      )}
      {review.status === 'submitted' && can.claim && (
        <p className="notice">{t('review.notice.claimFirst')}</p>
      )}
      {review.status === 'returned' && <p className="notice">{t('review.notice.returned')}</p>}
      {review.status === 'in_review' && !can.work && !can.assign && (
        <p className="notice">{t('review.notice.othersReview')}</p>
      )}
      {review.status === 'signed_off' && (
        <div className="notice" data-testid="signed-off">
          <p>
            <strong>
              {t(
                review.judgment === 'adjusted'
                  ? 'review.signOff.judgment.adjusted'
                  : 'review.signOff.judgment.confirmed',
              )}
            </strong>
            {review.signedOffAt && ` · ${formatDate(review.signedOffAt)}`}
          </p>
          {review.opinion && <p className="prewrap">{review.opinion}</p>}
          <p>
            <Link to={`/assessments/${review.assessmentId}/report`}>
              {t('review.notice.seeReport')}
            </Link>
          </p>
        </div>
      )}
      {can.assign && (
        <AssignAssessor assessmentId={review.assessmentId} current={review.assessorId} />
      )}
      <ConfirmDialog
        open={returning}
        title={t('review.return.title')}
        confirmLabel={t('review.return.confirm')}
        pending={giveBack.isPending}
        onCancel={() => setReturning(false)}
        onConfirm={() => giveBack.mutate(review.revision, { onSuccess: () => setReturning(false) })}
        testId="return-dialog"
      >
        <p>{t('review.return.body', { count: openFindings })}</p>
        {giveBack.isError && (
          <p role="alert" className="field-error">
            {giveBack.error instanceof ApiError && giveBack.error.code === 'no_open_findings'
              ? t('review.return.needFinding')
              : giveBack.error instanceof ApiError && giveBack.error.status === 409
                ? t('review.conflict')
                : t('form.unexpected')}
          </p>
        )}
      </ConfirmDialog>
      {signing && <SignOffDialog review={review} open onClose={() => setSigning(false)} />}
    </header>
  );
}
