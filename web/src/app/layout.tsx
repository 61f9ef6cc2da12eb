import { Link, Outlet } from 'react-router';
import { useI18n } from '../i18n/index.tsx';

export function Layout() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label="main">
          <Link to="/">{t('nav.home')}</Link>
        </nav>
        <button
          type="button"
          className="lang-switch"
          aria-label={t('nav.languageLabel')}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
        >
          {t('nav.language')}
        </button>
      </header>
      <main>
        <Outlet />
      </main>
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
