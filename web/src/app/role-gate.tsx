import type { Role } from '@zhiping/shared/api/common';
import { Link, Outlet } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { homeOf, useSession } from '../lib/session.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/**
 * Inside RequireSession (which sends anonymous visitors to sign-in): a signed-in user whose
 * role may not open these pages is told so on the spot, at the URL they typed, instead of
 * being redirected somewhere that hides why.
 */
export function RoleGate({ roles }: { roles: Role[] }) {
  const session = useSession();
  if (session.status === 'authenticated' && !roles.includes(session.user.role))
    return <Refusal home={homeOf(session.user.role)} />;
  return <Outlet />;
}

function Refusal({ home }: { home: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('refusal.title'));
  return (
    <section className="page" data-testid="refusal">
      <h1>{t('refusal.title')}</h1>
      <div role="alert" className="error-box">
        <p>{t('state.forbidden')}</p>
        <p>{t('refusal.lead')}</p>
      </div>
      <Link to={home} className="btn">
        {t('refusal.home')}
      </Link>
    </section>
  );
}
