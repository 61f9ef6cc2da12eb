import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useLogout } from '../api/logout.ts';
import { useConfirmRegistration } from '../api/register.ts';

/**
 * The page of the registration mail's link. Confirming is a click, not a page load: a mail
 * scanner that opens links must not use up the single-use token.
 */
export function Component() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const confirm = useConfirmRegistration();

  const invalidLink = token.length < 20 || token.length > 200;
  const signedInElsewhere = session.status === 'authenticated' && !confirm.isSuccess;

  return (
    <section className="page auth-page">
      <div className="card auth-card">
        <h1>{t('auth.confirm.title')}</h1>
        {invalidLink ? (
          <div role="alert" className="error-box">
            <p>{t('auth.confirm.invalidLink')}</p>
            <Link to="/register">{t('auth.confirm.again')}</Link>
          </div>
        ) : signedInElsewhere ? (
          <div className="notice">
            <p>{t('auth.invite.signedIn', { name: session.user.displayName })}</p>
            <button type="button" className="btn" onClick={() => logout.mutate()}>
              {t('account.signOut')}
            </button>
          </div>
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
