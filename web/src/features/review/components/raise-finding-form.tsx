import { createFindingBodySchema } from '@zhiping/shared/api/reviews';
import { useId, useState, type FormEvent } from 'react';
import { useFieldMessage } from '../../../components/ui/field.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { validate } from '../../../lib/validation.ts';
import { useRaiseFinding } from '../api/raise-finding.ts';

/** A finding about one requirement (requirementId) or the assessment as a whole (null). */
export function RaiseFindingForm({
  assessmentId,
  requirementId,
  onDone,
}: {
  assessmentId: string;
  requirementId: string | null;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const message = useFieldMessage();
  const id = useId();
  const raise = useRaiseFinding(assessmentId);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const body = { requirementId, text };
  const result = validate(createFindingBodySchema, body);
  const error = tried && !result.ok ? message(result.errors.text) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!result.ok) return;
    raise.mutate(result.data, {
      onSuccess: () => {
        setText('');
        setTried(false);
        onDone?.();
      },
    });
  };
  const server = raise.error instanceof ApiError ? raise.error.fieldErrors[0] : undefined;
  return (
    <form className="raise-finding" onSubmit={submit} noValidate data-testid="raise-finding">
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-text`}>
          {t(requirementId ? 'review.finding.newForRequirement' : 'review.finding.newOverall')}
          <span className="required" aria-hidden="true">
            *
          </span>
        </label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="field-hint">
            {t('review.finding.hint')}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="btn btn-small btn-primary" disabled={raise.isPending}>
          {raise.isPending ? t('form.submitting') : t('review.finding.raise')}
        </button>
        {onDone && (
          <button type="button" className="btn btn-small" onClick={onDone}>
            {t('dialog.cancel')}
          </button>
        )}
      </div>
      {raise.isError && (
        <p role="alert" className="field-error">
          {server ? t('validation.server', { message: server.message }) : t('form.unexpected')}
        </p>
      )}
    </form>
  );
}
