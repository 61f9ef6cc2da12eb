import { passwordResetRequestBodySchema } from '@zhiping/shared/api/account';
import { Link } from 'react-router';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useRequestReset } from '../api/password-reset.ts';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('reset.request.title'));
  const form = useForm(passwordResetRequestBodySchema, { email: '' });
  const request = useRequestReset();
  const submit = form.handleSubmit((data) =>
    request.mutate(data, {
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    }),
  );
  if (request.isSuccess)
    return (
      <section className="page auth-page">
        <div className="card auth-card" role="status" data-testid="reset-requested">
          <h1>{t('reset.request.title')}</h1>
          <p>{t('reset.request.sent', { email: request.variables.email })}</p>
          <p className="muted small">{t('reset.request.hint')}</p>
          <p className="auth-switch">
            <Link to="/login">{t('reset.backToLogin')}</Link>
          </p>
        </div>
      </section>
    );
  return (
    <section className="page auth-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <h1>{t('reset.request.title')}</h1>
        <p className="muted">{t('reset.request.lead')}</p>
        <FormAlert error={request.error} />
        <FormInput
          form={form}
          path="email"
          label={t('auth.field.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={request.isPending}>
          {request.isPending ? t('form.submitting') : t('reset.request.submit')}
        </button>
        <p className="auth-switch">
          <Link to="/login">{t('reset.backToLogin')}</Link>
        </p>
      </form>
    </section>
  );
}
