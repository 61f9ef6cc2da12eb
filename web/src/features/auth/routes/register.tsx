import { registerBodySchema, type RegisterBody } from '@zhiping/shared/api/auth';
import { PRIVACY_TERMS_VERSION } from '@zhiping/shared/api/privacy';
import { ORGANIZATION_SIZES } from '@zhiping/shared/api/common';
import {
  INDUSTRIES,
  PRODUCTION_TYPES,
  type Industry,
} from '@zhiping/shared/indicator-system/schema';
import { Link } from 'react-router';
import { Field, FormInput, controlProps, useFieldMessage } from '../../../components/ui/field.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldId, useForm } from '../../../lib/use-form.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { serverFieldErrors, type FieldErrors } from '../../../lib/validation.ts';
import { useRegister } from '../api/register.ts';
import { PasswordConfirmField, usePasswordConfirm } from '../components/password-confirm.tsx';
import { industryKey, productionTypeKey, sizeKey, USUAL_PRODUCTION_TYPE } from '../labels.ts';

const EMPTY = {
  organization: {
    name: '',
    creditCode: '',
    industry: '',
    productionType: '',
    size: '',
    region: '',
  },
  user: { displayName: '', email: '', password: '' },
} as unknown as RegisterBody;

const passwordOf = (v: RegisterBody) => v.user.password;

/** Conflicts the server finds after validation, shown at the field they concern. */
const CONFLICT_FIELDS: Record<string, FieldErrors> = {
  organization_exists: { 'organization.creditCode': { key: 'auth.register.organizationExists' } },
};

export function Component() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('auth.register.title'));
  const confirm = usePasswordConfirm(passwordOf);
  const form = useForm(registerBodySchema, EMPTY, confirm.check);
  const message = useFieldMessage();
  const register = useRegister();

  const submit = form.handleSubmit((data) => {
    register.mutate(
      { ...data, locale },
      {
        onError: (err) => {
          if (!(err instanceof ApiError)) return;
          if (err.status === 400) form.showServerErrors(serverFieldErrors(err));
          const conflict = CONFLICT_FIELDS[err.code];
          if (conflict) form.showServerErrors(conflict);
        },
      },
    );
  });

  const creditPath = 'organization.creditCode';
  const rawCredit = form.get(creditPath);
  const credit = typeof rawCredit === 'string' ? rawCredit : '';
  // The check character is verified live, as soon as all 18 characters are typed.
  const creditError =
    form.errorOf(creditPath) ?? (credit.length >= 18 ? form.errors[creditPath] : undefined);
  const creditOk = credit.length === 18 && !form.errors[creditPath];

  const onIndustry = (value: string) => {
    form.set('organization.industry', value);
    const usual = USUAL_PRODUCTION_TYPE[value as Industry] as string | undefined;
    if (usual && !form.get('organization.productionType'))
      form.set('organization.productionType', usual);
  };

  // The same answer for every address (no email enumeration): the rest goes by mail.
  if (register.isSuccess)
    return (
      <section className="page auth-page">
        <div className="card auth-card" role="status" data-testid="register-check-mail">
          <h1>{t('auth.register.checkMail.title')}</h1>
          <p>{t('auth.register.checkMail.body', { email: register.data.email })}</p>
          <p className="muted small">{t('auth.register.checkMail.hint')}</p>
          <p className="muted auth-switch">
            {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
          </p>
        </div>
      </section>
    );

  return (
    <section className="page auth-page">
      <form className="card auth-card auth-card-wide" onSubmit={submit} noValidate>
        <h1>{t('auth.register.title')}</h1>
        <p className="muted">{t('auth.register.lead')}</p>
        <FormAlert
          error={register.error}
          known={{
            organization_exists: 'auth.register.organizationExists',
          }}
        />
        <fieldset>
          <legend>{t('auth.register.organization')}</legend>
          <div className="form-grid">
            <FormInput
              form={form}
              path="organization.name"
              label={t('auth.field.organizationName')}
              autoComplete="organization"
            />
            <Field
              id={fieldId(creditPath)}
              label={t('auth.field.creditCode')}
              hint={t('auth.field.creditCodeHint')}
              success={creditOk ? `✓ ${t('validation.creditCode.ok')}` : undefined}
              error={creditError}
              required
            >
              <input
                {...form.bind(creditPath)}
                {...controlProps(fieldId(creditPath), creditError, true)}
                onChange={(e) => form.set(creditPath, e.target.value.toUpperCase())}
                maxLength={18}
                autoCapitalize="characters"
                spellCheck={false}
                className="mono"
              />
            </Field>
            <Field
              id={fieldId('organization.industry')}
              label={t('auth.field.industry')}
              error={form.errorOf('organization.industry')}
              required
            >
              <select
                {...form.bind('organization.industry')}
                {...controlProps(
                  fieldId('organization.industry'),
                  form.errorOf('organization.industry'),
                )}
                onChange={(e) => onIndustry(e.target.value)}
              >
                <option value="">{t('auth.field.choose')}</option>
                {INDUSTRIES.map((i) => (
                  <option key={i} value={i}>
                    {t(industryKey(i))}
                  </option>
                ))}
              </select>
            </Field>
            <div
              className={`field${form.errorOf('organization.productionType') ? ' has-error' : ''}`}
            >
              <fieldset
                className="choice-row"
                id={fieldId('organization.productionType')}
                tabIndex={-1}
                aria-describedby={
                  form.errorOf('organization.productionType')
                    ? `${fieldId('organization.productionType')}-error`
                    : undefined
                }
              >
                <legend>
                  {t('auth.field.productionType')}
                  <span className="required" aria-hidden="true">
                    *
                  </span>
                </legend>
                {PRODUCTION_TYPES.map((p) => (
                  <label key={p} className="inline-choice">
                    <input
                      type="radio"
                      name="organization.productionType"
                      value={p}
                      checked={form.get('organization.productionType') === p}
                      onChange={() => form.set('organization.productionType', p)}
                    />
                    {t(productionTypeKey(p))}
                  </label>
                ))}
              </fieldset>
              {form.errorOf('organization.productionType') && (
                <p id={`${fieldId('organization.productionType')}-error`} className="field-error">
                  {message(form.errorOf('organization.productionType'))}
                </p>
              )}
            </div>
            <Field
              id={fieldId('organization.size')}
              label={t('auth.field.size')}
              error={form.errorOf('organization.size')}
              required
            >
              <select
                {...form.bind('organization.size')}
                {...controlProps(fieldId('organization.size'), form.errorOf('organization.size'))}
              >
                <option value="">{t('auth.field.choose')}</option>
                {ORGANIZATION_SIZES.map((s) => (
                  <option key={s} value={s}>
                    {t(sizeKey(s))}
                  </option>
                ))}
              </select>
            </Field>
            <FormInput
              form={form}
              path="organization.region"
              label={t('auth.field.region')}
              placeholder={t('auth.field.regionPlaceholder')}
              autoComplete="address-level1"
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('auth.register.firstUser')}</legend>
          <div className="form-grid">
            <FormInput
              form={form}
              path="user.displayName"
              label={t('auth.field.displayName')}
              autoComplete="name"
            />
            <FormInput
              form={form}
              path="user.email"
              label={t('auth.field.email')}
              type="email"
              autoComplete="email"
              inputMode="email"
            />
            <FormInput
              form={form}
              path="user.password"
              label={t('auth.field.password')}
              hint={t('validation.passwordHint')}
              type="password"
              autoComplete="new-password"
            />
            <PasswordConfirmField confirm={confirm} form={form} />
          </div>
        </fieldset>
        <div className={`field${form.errorOf('privacyConsent') ? ' has-error' : ''}`}>
          <label className="inline-choice">
            <input
              type="checkbox"
              id={fieldId('privacyConsent')}
              name="privacyConsent"
              aria-required
              aria-invalid={form.errorOf('privacyConsent') ? true : undefined}
              aria-describedby={
                form.errorOf('privacyConsent') ? `${fieldId('privacyConsent')}-error` : undefined
              }
              checked={form.get('privacyConsent') !== undefined}
              onChange={(e) =>
                form.set(
                  'privacyConsent',
                  e.target.checked ? { accepted: true, version: PRIVACY_TERMS_VERSION } : undefined,
                )
              }
            />
            {t('privacy.consent')}{' '}
            <Link to="/privacy" target="_blank" rel="noopener">
              {t('privacy.consentLink')}
            </Link>
          </label>
          {form.errorOf('privacyConsent') && (
            <p id={`${fieldId('privacyConsent')}-error`} className="field-error">
              {t('privacy.consentRequired')}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={register.isPending}>
          {register.isPending ? t('form.submitting') : t('auth.register.submit')}
        </button>
        <p className="muted auth-switch">
          {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
        </p>
      </form>
    </section>
  );
}
