import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { AccountMenu } from '../features/auth/components/account-menu.tsx';
import { useI18n } from '../i18n/index.tsx';
import { homeOf, useSession } from '../lib/session.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const session = useSession();
  const navigation = useNavigation();
  const signedIn = session.status === 'authenticated' ? session : null;
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      {navigation.state === 'loading' && (
        <div className="route-progress" role="progressbar" aria-label={t('nav.loadingPage')} />
      )}
      <header className="topbar">
        <Link to={signedIn ? homeOf(signedIn.user.role) : '/'} className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label="main">
          {signedIn?.user.role === 'respondent' ? (
            <>
              <NavLink to="/dashboard" end>
                {t('nav.dashboard')}
              </NavLink>
              <NavLink to="/assessments/new">{t('nav.newAssessment')}</NavLink>
            </>
          ) : signedIn ? (
            <>
              {signedIn.user.role === 'admin' && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
              <NavLink to="/review">{t('nav.review')}</NavLink>
            </>
          ) : (
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          )}
        </nav>
        {signedIn ? (
          <AccountMenu session={signedIn} />
        ) : (
          <div className="topbar-actions">
            {session.status === 'anonymous' && (
              <>
                <Link to="/login" className="btn btn-small">
                  {t('nav.login')}
                </Link>
                <Link to="/register" className="btn btn-small btn-primary">
                  {t('nav.register')}
                </Link>
              </>
            )}
            <button
              type="button"
              className="lang-switch"
              aria-label={t('nav.languageLabel')}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
            >
              {t('nav.language')}
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
