import type { Role } from '@zhiping/shared/api/common';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { LoadingState } from '../components/ui/query-state.tsx';
import { useI18n } from '../i18n/index.tsx';
import { homeOf, useSession } from '../lib/session.ts';

/** Sessions, the second factor (features/auth/routes/security.tsx). */
export const SECURITY_PAGE = '/account/security';

/** Only a path inside the app may be a `next` target (no open redirect to another site). */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Signed-in users with one of `roles` see the child routes; others go to sign-in or their home. */
export function RequireSession({ roles }: { roles?: Role[] }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (session.status === 'loading') return <LoadingState label={t('state.sessionLoading')} />;
  if (session.status === 'anonymous') {
    // After signing out there is nowhere to come back to; otherwise return here after sign-in.
    if (session.reason === 'signed-out') return <Navigate to="/login" replace />;
    const next = encodeURIComponent(location.pathname + location.search + location.hash);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  // A session restricted to the TOTP enrolment reaches only the security page.
  if (session.restriction === 'totp_enrolment' && location.pathname !== SECURITY_PAGE)
    return <Navigate to={SECURITY_PAGE} replace />;
  if (roles && !roles.includes(session.user.role))
    return <Navigate to={homeOf(session.user.role)} replace />;
  return <Outlet />;
}

/** Sign-in and registration: a signed-in user goes on to `next` or their home page. */
export function GuestOnly() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.status === 'authenticated') {
    return <Navigate to={safeNext(params.get('next')) ?? homeOf(session.user.role)} replace />;
  }
  return <Outlet />;
}
