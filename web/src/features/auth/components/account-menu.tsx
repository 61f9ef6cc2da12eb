import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import type { SessionState } from '../../../lib/session.ts';
import { useLogout } from '../api/logout.ts';

type Signed = Extract<SessionState, { status: 'authenticated' }>;

/** The signed-in user's menu: who and which enterprise, account actions, language, sign out. */
export function AccountMenu({ session }: { session: Signed }) {
  const { t, locale, setLocale } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const logout = useLogout();
  const { user, organization } = session;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('.account-trigger')?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => setOpen(false);
  // The guards send a signed-out user to /login; pages open to anyone stay where they are.
  const signOut = () => {
    setOpen(false);
    logout.mutate();
  };

  return (
    <div className="account-menu" ref={root}>
      <button
        type="button"
        className="account-trigger"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {user.displayName.slice(0, 1).toUpperCase()}
        </span>
        <span className="account-name">{user.displayName}</span>
        <span className="sr-only">{t('account.menu')}</span>
      </button>
      {open && (
        <div className="account-popover" id={menuId}>
          <div className="account-who">
            <strong>{user.displayName}</strong>
            <span className="muted small">{user.email}</span>
            {organization && <span className="small">{organization.name}</span>}
            <span className="badge">{t(`role.${user.role}`)}</span>
          </div>
          <ul>
            <li>
              <Link to="/account" onClick={close}>
                {t('account.title')}
              </Link>
            </li>
            {user.role === 'respondent' && organization && (
              <li>
                <Link to="/account#invite" onClick={close}>
                  {t('account.invite.title')}
                </Link>
              </li>
            )}
            <li>
              <Link to="/account#password" onClick={close}>
                {t('account.password.title')}
              </Link>
            </li>
            <li>
              <Link to="/account/security" onClick={close}>
                {t('security.title')}
              </Link>
            </li>
            <li>
              <button
                type="button"
                className="linklike"
                aria-label={t('nav.languageLabel')}
                onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
              >
                {t('nav.language')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="linklike"
                onClick={signOut}
                disabled={logout.isPending}
              >
                {t('account.signOut')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
