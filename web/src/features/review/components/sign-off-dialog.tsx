import {
  SIGN_OFF_JUDGMENTS,
  signOffBodySchema,
  type ReviewView,
  type SignOffJudgment,
} from '@zhiping/shared/api/reviews';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/ui/dialog.tsx';
import { useFieldMessage } from '../../../components/ui/field.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { validate } from '../../../lib/validation.ts';
import { useSignOff } from '../api/sign-off.ts';
import { expectedJudgment, fmt2, levelKey } from '../model.ts';

/**
 * 结果判定: the judgment follows from the two levels (the server checks it), so the one that
 * does not apply is shown but cannot be chosen; the opinion is validated as it is typed.
 */
export function SignOffDialog({
  review,
  open,
  onClose,
}: {
  review: ReviewView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const message = useFieldMessage();
  const id = useId();
  const signOff = useSignOff(review.assessmentId);
  const expected = expectedJudgment(review);
  const [judgment, setJudgment] = useState<SignOffJudgment | null>(expected);
  const [opinion, setOpinion] = useState('');
  const [touched, setTouched] = useState(false);
  const [tried, setTried] = useState(false);
  const result = validate(signOffBodySchema, { revision: review.revision, judgment, opinion });
  const errors = result.ok ? {} : result.errors;
  const opinionError = message(tried || touched ? errors.opinion : undefined);
  const judgmentError = message(tried ? errors.judgment : undefined);
  const server = signOff.error instanceof ApiError ? signOff.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (result.ok) signOff.mutate(result.data, { onSuccess: onClose });
  };
  const self = review.selfResult;
  const assessed = review.assessedReport;
  return (
    <Dialog
      open={open}
      title={t('review.signOff.title')}
      onClose={onClose}
      wide
      testId="sign-off-dialog"
    >
      <form onSubmit={submit} noValidate>
        <p className="notice">{t('review.signOff.lead')}</p>
        <dl className="facts">
          <div>
            <dt>{t('review.self')}</dt>
            <dd>{self ? `${t(levelKey(self.maturityLevel))} · ${fmt2(self.score)}` : '—'}</dd>
          </div>
          <div>
            <dt>{t('review.assessedLive')}</dt>
            <dd>
              {assessed ? `${t(levelKey(assessed.maturityLevel))} · ${fmt2(assessed.score)}` : '—'}
            </dd>
          </div>
        </dl>
        <fieldset className={`choice-row${judgmentError ? ' has-error' : ''}`}>
          <legend>
            {t('review.signOff.judgment')}
            <span className="required" aria-hidden="true">
              *
            </span>
          </legend>
          {SIGN_OFF_JUDGMENTS.map((j) => (
            <label key={j} className={`inline-choice${j !== expected ? ' muted' : ''}`}>
              <input
                type="radio"
                name={`${id}-judgment`}
                value={j}
                checked={judgment === j}
                disabled={expected !== null && j !== expected}
                onChange={() => setJudgment(j)}
              />
              {t(`review.signOff.judgment.${j}`)}
            </label>
          ))}
          <p className="field-hint">
            {t(
              expected === 'adjusted'
                ? 'review.signOff.whyAdjusted'
                : 'review.signOff.whyConfirmed',
            )}
          </p>
          {judgmentError && <p className="field-error">{judgmentError}</p>}
        </fieldset>
        <div className={`field${opinionError ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-opinion`}>
            {t('review.signOff.opinion')}
            <span className="required" aria-hidden="true">
              *
            </span>
          </label>
          <textarea
            id={`${id}-opinion`}
            rows={6}
            value={opinion}
            aria-required
            aria-invalid={opinionError ? true : undefined}
            aria-describedby={`${id}-opinion-${opinionError ? 'error' : 'hint'}`}
            onChange={(e) => setOpinion(e.target.value)}
            onBlur={() => setTouched(true)}
          />
          {opinionError ? (
            <p id={`${id}-opinion-error`} className="field-error">
              {opinionError}
            </p>
          ) : (
            <p id={`${id}-opinion-hint`} className="field-hint">
              {t('review.signOff.opinionHint', { count: opinion.trim().length })}
            </p>
          )}
        </div>
        {server && (
          <p role="alert" className="error-box">
            {server.code === 'findings_unresolved'
              ? t('review.signOff.unresolved')
              : server.status === 409
                ? t('review.conflict')
                : server.fieldErrors[0]
                  ? t('validation.server', { message: server.fieldErrors[0].message })
                  : t('form.unexpected')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={signOff.isPending}>
            {signOff.isPending ? t('form.submitting') : t('review.signOff.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
