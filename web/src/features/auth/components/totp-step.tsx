import { secondFactorCodeSchema } from '@zhiping/shared/api/login';
import { z } from 'zod';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useForm } from '../../../lib/use-form.ts';
import { useLoginTotp } from '../api/login.ts';

const schema = z.object({ code: secondFactorCodeSchema });

/** The second step of a sign-in: a TOTP code or a recovery code for the password's challenge. */
export function TotpStep({
  challengeToken,
  onRestart,
}: {
  challengeToken: string;
  onRestart: () => void;
}) {
  const { t } = useI18n();
  const verify = useLoginTotp();
  const form = useForm(schema, { code: '' });
  const expired = verify.error instanceof ApiError && verify.error.code === 'challenge_invalid';
  const submit = form.handleSubmit((data) =>
    verify.mutate(
      { challengeToken, code: data.code },
      {
        onError: (err) => {
          if (err instanceof ApiError && err.code === 'invalid_code')
            form.showServerErrors({ code: { key: 'totp.login.invalid' } });
        },
      },
    ),
  );
  return (
    <form className="card auth-card" onSubmit={submit} noValidate data-testid="totp-step">
      <h1>{t('totp.login.title')}</h1>
      <p className="muted">{t('totp.login.lead')}</p>
      {expired ? (
        <div role="alert" className="error-box">
          <p>{t('totp.login.expired')}</p>
          <button type="button" className="btn" onClick={onRestart}>
            {t('totp.login.restart')}
          </button>
        </div>
      ) : (
        <FormAlert error={verify.error} known={{ invalid_code: 'totp.login.invalid' }} />
      )}
      <FormInput
        form={form}
        path="code"
        label={t('totp.login.code')}
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={verify.isPending}>
        {verify.isPending ? t('form.submitting') : t('totp.login.submit')}
      </button>
    </form>
  );
}
