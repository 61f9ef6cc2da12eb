import { acceptInvitationBodySchema } from '@zhiping/shared/api/auth';
import { useNavigate } from 'react-router';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useForm } from '../../../lib/use-form.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useAcceptInvitation } from '../api/accept-invitation.ts';
import { InvalidMailLink, SignedInElsewhere, useMailLinkToken } from '../components/mail-link.tsx';
import { PasswordConfirmField, usePasswordConfirm } from '../components/password-confirm.tsx';

type Values = { token: string; displayName: string; password: string };
const passwordOf = (v: Values) => v.password;

export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.invite.title'));
  const { token, wellFormed } = useMailLinkToken();
  const session = useSession();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const confirm = usePasswordConfirm(passwordOf);
  const form = useForm(
    acceptInvitationBodySchema,
    { token, displayName: '', password: '' },
    confirm.check,
  );

  const submit = form.handleSubmit((data) => {
    accept.mutate(data, {
      onSuccess: () => void navigate('/dashboard', { replace: true }),
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    });
  });

  const invalidLink = !wellFormed || form.errors.token !== undefined;

  return (
    <section className="page auth-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <h1>{t('auth.invite.title')}</h1>
        {invalidLink ? (
          <InvalidMailLink
            message="auth.invite.invalidLink"
            to="/login"
            linkLabel="auth.register.toLogin"
          />
        ) : session.status === 'authenticated' && !accept.isSuccess ? (
          <SignedInElsewhere name={session.user.displayName} />
        ) : (
          <>
            <p className="muted">{t('auth.invite.lead')}</p>
            <FormAlert
              error={accept.error}
              known={{
                not_found: 'auth.invite.expired',
                email_taken: 'auth.invite.emailTaken',
              }}
            />
            <FormInput
              form={form}
              path="displayName"
              label={t('auth.field.displayName')}
              autoComplete="name"
            />
            <FormInput
              form={form}
              path="password"
              label={t('auth.field.password')}
              hint={t('validation.passwordHint')}
              type="password"
              autoComplete="new-password"
            />
            <PasswordConfirmField confirm={confirm} form={form} />
            <button type="submit" className="btn btn-primary btn-block" disabled={accept.isPending}>
              {accept.isPending ? t('form.submitting') : t('auth.invite.submit')}
            </button>
          </>
        )}
      </form>
    </section>
  );
}
