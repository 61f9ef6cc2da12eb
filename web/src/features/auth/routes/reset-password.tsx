import { passwordSchema } from '@zhiping/shared/api/auth';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useResetPassword } from '../api/password-reset.ts';
import { InvalidMailLink, useMailLinkToken } from '../components/mail-link.tsx';
import { PasswordConfirmField, usePasswordConfirm } from '../components/password-confirm.tsx';

const schema = z.object({ password: passwordSchema });
const passwordOf = (v: { password: string }) => v.password;

/**
 * The page of the reset mail's link: a new password (the shared policy), typed twice. Setting
 * it is a submit, not the page load, so a mail scanner that opens links uses nothing up.
 */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('reset.title'));
  const { token, wellFormed } = useMailLinkToken();
  const confirm = usePasswordConfirm(passwordOf);
  const form = useForm(schema, { password: '' }, confirm.check);
  const reset = useResetPassword();
  const submit = form.handleSubmit((data) =>
    reset.mutate(
      { token, password: data.password },
      {
        onError: (err) => {
          if (err instanceof ApiError && err.status === 400 && err.fieldErrors.length)
            form.showServerErrors(serverFieldErrors(err));
        },
      },
    ),
  );
  return (
    <section className="page auth-page">
      <div className="card auth-card">
        <h1>{t('reset.title')}</h1>
        {!wellFormed ? (
          <InvalidMailLink
            message="reset.invalidLink"
            to="/forgot-password"
            linkLabel="reset.again"
          />
        ) : reset.isSuccess ? (
          <div role="status" data-testid="reset-done">
            <p className="notice">{t('reset.done')}</p>
            <Link className="btn btn-primary btn-block" to="/login">
              {t('reset.toLogin')}
            </Link>
          </div>
        ) : (
          <form onSubmit={submit} noValidate>
            <p className="muted">{t('reset.lead')}</p>
            <FormAlert error={reset.error} known={{ reset_link_invalid: 'reset.expired' }} />
            {reset.error instanceof ApiError && reset.error.code === 'reset_link_invalid' && (
              <p>
                <Link to="/forgot-password">{t('reset.again')}</Link>
              </p>
            )}
            <FormInput
              form={form}
              path="password"
              label={t('account.password.new')}
              hint={t('validation.passwordHint')}
              type="password"
              autoComplete="new-password"
            />
            <PasswordConfirmField confirm={confirm} form={form} />
            <button type="submit" className="btn btn-primary btn-block" disabled={reset.isPending}>
              {reset.isPending ? t('form.submitting') : t('reset.submit')}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
