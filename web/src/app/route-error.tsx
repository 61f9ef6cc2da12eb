import { Link, useRouteError } from 'react-router';
import { useI18n } from '../i18n/index.tsx';

/** Shown when a route fails to render or its code chunk cannot load (e.g. after a deploy). */
export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <section className="page">
      <div role="alert" className="error-box">
        <p>
          <strong>{t('state.routeError')}</strong> {t('state.routeErrorHint')}
        </p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          {t('state.reload')}
        </button>{' '}
        <Link to="/">{t('notFound.back')}</Link>
      </div>
    </section>
  );
}
