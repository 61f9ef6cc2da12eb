import { loginBodySchema } from '@zhiping/shared/api/login';
import { Link, useSearchParams } from 'react-router';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useForm } from '../../../lib/use-form.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { isChallenge, useLogin } from '../api/login.ts';
import { TotpStep } from '../components/totp-step.tsx';

export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.login.title'));
  const [params] = useSearchParams();
  const form = useForm(loginBodySchema, { email: '', password: '' });
  const login = useLogin();
  const session = useSession();
  const ended = session.status === 'anonymous' && session.reason === 'ended';
  const next = params.get('next');

  const submit = form.handleSubmit((data) => {
    login.mutate(data, {
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    });
  });

  // The password was right and the account uses TOTP: the second step.
  if (login.data && isChallenge(login.data))
    return (
      <section className="page auth-page">
        <TotpStep challengeToken={login.data.challengeToken} onRestart={() => login.reset()} />
      </section>
    );

  return (
    <section className="page auth-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <h1>{t('auth.login.title')}</h1>
        {ended && (
          <p className="notice" role="status">
            {t('auth.login.sessionEnded')}
          </p>
        )}
        <FormAlert
          error={login.error}
          known={{ invalid_credentials: 'auth.login.invalidCredentials' }}
        />
        <FormInput
          form={form}
          path="email"
          label={t('auth.field.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
        />
        <FormInput
          form={form}
          path="password"
          label={t('auth.field.password')}
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
          {login.isPending ? t('form.submitting') : t('auth.login.submit')}
        </button>
        <p className="auth-switch">
          <Link to="/forgot-password">{t('reset.forgotLink')}</Link>
        </p>
        <p className="muted auth-switch">
          {t('auth.login.noAccount')}{' '}
          <Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>
            {t('auth.login.toRegister')}
          </Link>
        </p>
      </form>
    </section>
  );
}
