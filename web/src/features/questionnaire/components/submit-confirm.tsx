import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { HANDLED_SUBMIT_ERRORS, type QuestionnaireSubmit } from '../hooks/use-submit.ts';
import type { progressOf } from '../outline.ts';

/** The submit confirmation, and what went wrong with a submit. */
export function SubmitConfirm({
  flow,
  overall,
}: {
  flow: QuestionnaireSubmit;
  overall: ReturnType<typeof progressOf>;
}) {
  const { t } = useI18n();
  const { submit, confirming, setConfirming, problem, doSubmit } = flow;
  const handled: readonly string[] = HANDLED_SUBMIT_ERRORS;
  return (
    <>
      {confirming && (
        <section className="card submit-confirm" aria-labelledby="submit-title">
          <h2 id="submit-title">{t('q.submit.title')}</h2>
          <p>{t('q.submit.lead')}</p>
          <p>
            {t('q.overallCount', { answered: overall.answered, applicable: overall.applicable })}
            {overall.open > 0 && ` · ${t('q.submit.openItems', { count: overall.open })}`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void doSubmit()}
              disabled={submit.isPending}
            >
              {submit.isPending ? t('form.submitting') : t('q.submit.confirm')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('q.submit.cancel')}
            </button>
          </div>
        </section>
      )}
      {problem && (
        <div className="error-box" role="alert">
          {t(problem)}
        </div>
      )}
      {submit.error &&
        !(submit.error instanceof ApiError && handled.includes(submit.error.code)) && (
          <FormAlert error={submit.error} />
        )}
    </>
  );
}
