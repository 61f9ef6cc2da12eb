import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useConfirmRegistration } from '../api/register.ts';
import { InvalidMailLink, SignedInElsewhere, useMailLinkToken } from '../components/mail-link.tsx';

const schema = z.object({ password: z.string().min(1).max(128) });

/**
 * The page of the registration mail's link. Confirming is a submit, not a page load: a mail
 * scanner that opens links must not use up the single-use token. It asks for the password
 * chosen when registering, so a mailbox owner who did not register (someone typed their
 * address) is never signed in to an account whose password that someone knows.
 */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.confirm.title'));
  const { token, wellFormed } = useMailLinkToken();
  const session = useSession();
  const navigate = useNavigate();
  const confirm = useConfirmRegistration();
  const form = useForm(schema, { password: '' });
  const submit = form.handleSubmit((data) =>
    confirm.mutate(
      { token, password: data.password },
      {
        onSuccess: () => void navigate('/dashboard', { replace: true }),
        onError: (err) => {
          if (!(err instanceof ApiError) || err.status !== 400) return;
          // The one field the server checks beyond the form: said in the user's language.
          if (err.fieldErrors.some((e) => e.field === 'password'))
            form.showServerErrors({ password: { key: 'auth.confirm.wrongPassword' } });
          else if (err.fieldErrors.length) form.showServerErrors(serverFieldErrors(err));
        },
      },
    ),
  );

  return (
    <section className="page auth-page">
      <div className="card auth-card">
        <h1>{t('auth.confirm.title')}</h1>
        {!wellFormed ? (
          <InvalidMailLink
            message="auth.confirm.invalidLink"
            to="/register"
            linkLabel="auth.confirm.again"
          />
        ) : session.status === 'authenticated' && !confirm.isSuccess ? (
          <SignedInElsewhere name={session.user.displayName} />
        ) : (
          <form onSubmit={submit} noValidate>
            <p className="muted">{t('auth.confirm.lead')}</p>
            <FormAlert
              error={confirm.error}
              known={{
                not_found: 'auth.confirm.expired',
                email_taken: 'auth.confirm.emailTaken',
                organization_exists: 'auth.register.organizationExists',
                registration_conflict: 'auth.register.conflict',
              }}
            />
            <FormInput
              form={form}
              path="password"
              label={t('auth.confirm.password')}
              hint={t('auth.confirm.passwordHint')}
              type="password"
              autoComplete="current-password"
            />
            <button
              type="submit"
              className="btn btn-primary btn-block"
              disabled={confirm.isPending}
            >
              {confirm.isPending ? t('form.submitting') : t('auth.confirm.submit')}
            </button>
            <p className="muted auth-switch">
              {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
            </p>
          </form>
        )}
      </div>
    </section>
  );
}
