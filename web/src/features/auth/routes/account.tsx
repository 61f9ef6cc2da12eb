import { changePasswordBodySchema, invitationBodySchema } from '@zhiping/shared/api/auth';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { FormInput } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n, type Locale } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { useForm } from '../../../lib/use-form.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { serverFieldErrors } from '../../../lib/validation.ts';
import { useChangePassword } from '../api/change-password.ts';
import { useInviteColleague, type Invitation } from '../api/invite-colleague.ts';
import { industryKey, productionTypeKey, sizeKey } from '../labels.ts';
import { PasswordConfirmField, usePasswordConfirm } from '../components/password-confirm.tsx';

function InviteColleague() {
  const { t, formatDate } = useI18n();
  const invite = useInviteColleague();
  const form = useForm(invitationBodySchema, { email: '' });
  const [sent, setSent] = useState<Invitation | null>(null);
  const submit = form.handleSubmit((data) =>
    invite.mutate(data, {
      onSuccess: setSent,
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    }),
  );
  return (
    <section className="card" id="invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('account.invite.title')}</h2>
      <p className="muted">{t('account.invite.lead')}</p>
      <form onSubmit={submit} noValidate className="inline-form">
        <FormAlert error={invite.error} />
        <FormInput
          form={form}
          path="email"
          label={t('account.invite.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
        />
        <button type="submit" className="btn btn-primary" disabled={invite.isPending}>
          {invite.isPending ? t('form.submitting') : t('account.invite.submit')}
        </button>
      </form>
      {sent && (
        <div className="invite-result" role="status">
          <p>{t('account.invite.created', { email: sent.email })}</p>
          <p className="muted small">
            {t('account.invite.expires', { date: formatDate(sent.expiresAt) })}
          </p>
        </div>
      )}
    </section>
  );
}

type PasswordValues = { currentPassword: string; newPassword: string };
const newPasswordOf = (v: PasswordValues) => v.newPassword;

function ChangePassword() {
  const { t } = useI18n();
  const change = useChangePassword();
  const confirm = usePasswordConfirm(newPasswordOf);
  const form = useForm(
    changePasswordBodySchema,
    { currentPassword: '', newPassword: '' },
    confirm.check,
  );
  const submit = form.handleSubmit((data) =>
    change.mutate(data, {
      onError: (err) => {
        if (err instanceof ApiError && err.code === 'invalid_credentials')
          form.showServerErrors({ currentPassword: { key: 'account.password.wrongCurrent' } });
        else if (err instanceof ApiError && err.status === 400)
          form.showServerErrors(serverFieldErrors(err));
      },
    }),
  );
  return (
    <section className="card" id="password" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      {change.isSuccess ? (
        <p className="notice" role="status">
          {t('account.password.changed')}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormAlert
            error={change.error}
            known={{ invalid_credentials: 'account.password.wrongCurrent' }}
          />
          <FormInput
            form={form}
            path="currentPassword"
            label={t('account.password.current')}
            type="password"
            autoComplete="current-password"
          />
          <FormInput
            form={form}
            path="newPassword"
            label={t('account.password.new')}
            hint={t('validation.passwordHint')}
            type="password"
            autoComplete="new-password"
          />
          <PasswordConfirmField confirm={confirm} form={form} />
          <button type="submit" className="btn btn-primary" disabled={change.isPending}>
            {change.isPending ? t('form.submitting') : t('account.password.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

export function Component() {
  const { t, locale, setLocale } = useI18n();
  useDocumentTitle(t('account.title'));
  const session = useSession();
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const el = document.getElementById(hash.slice(1));
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
  }, [hash]);
  if (session.status !== 'authenticated') return null;
  const { user, organization } = session;
  return (
    <section className="page account-page">
      <h1>{t('account.title')}</h1>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('account.profile')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('auth.field.displayName')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('auth.field.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          {organization && (
            <>
              <div>
                <dt>{t('auth.field.organizationName')}</dt>
                <dd>{organization.name}</dd>
              </div>
              <div>
                <dt>{t('auth.field.creditCode')}</dt>
                <dd className="mono">{organization.creditCode}</dd>
              </div>
              <div>
                <dt>{t('auth.field.industry')}</dt>
                <dd>
                  {t(industryKey(organization.industry))} ·{' '}
                  {t(productionTypeKey(organization.productionType))} ·{' '}
                  {t(sizeKey(organization.size))}
                </dd>
              </div>
              <div>
                <dt>{t('auth.field.region')}</dt>
                <dd>{organization.region}</dd>
              </div>
            </>
          )}
        </dl>
        <fieldset className="choice-row">
          <legend>{t('account.language')}</legend>
          {(['zh-CN', 'en'] as Locale[]).map((l) => (
            <label key={l} className="inline-choice">
              <input
                type="radio"
                name="locale"
                checked={locale === l}
                onChange={() => setLocale(l)}
              />
              {l === 'zh-CN' ? '中文' : 'English'}
            </label>
          ))}
        </fieldset>
      </section>
      {user.role === 'respondent' && organization && <InviteColleague />}
      <ChangePassword />
      <p>
        <Link to="/account/security">{t('security.link')}</Link>
      </p>
    </section>
  );
}
