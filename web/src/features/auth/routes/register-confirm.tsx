import { Link, useNavigate } from 'react-router';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useConfirmRegistration } from '../api/register.ts';
import { InvalidMailLink, SignedInElsewhere, useMailLinkToken } from '../components/mail-link.tsx';

/**
 * The page of the registration mail's link. Confirming is a click, not a page load: a mail
 * scanner that opens links must not use up the single-use token.
 */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.confirm.title'));
  const { token, wellFormed } = useMailLinkToken();
  const session = useSession();
  const navigate = useNavigate();
  const confirm = useConfirmRegistration();

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
          <>
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
            <button
              type="button"
              className="btn btn-primary btn-block"
              disabled={confirm.isPending}
              onClick={() =>
                confirm.mutate(token, {
                  onSuccess: () => void navigate('/dashboard', { replace: true }),
                })
              }
            >
              {confirm.isPending ? t('form.submitting') : t('auth.confirm.submit')}
            </button>
            <p className="muted auth-switch">
              {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
