import { NavLink, Outlet } from 'react-router';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import '../admin.css';

const SECTIONS: { to: string; key: MessageKey; end?: boolean }[] = [
  { to: '/admin', key: 'admin.nav.systems', end: true },
  { to: '/admin/standards', key: 'admin.nav.standards' },
  { to: '/admin/enterprises', key: 'admin.nav.enterprises' },
  { to: '/admin/users', key: 'admin.nav.users' },
  { to: '/admin/audit', key: 'admin.nav.audit' },
];

/** /admin/* — the admin area: its sections, then the page. */
export function Component() {
  const { t } = useI18n();
  return (
    <section className="page admin-page">
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        {SECTIONS.map((s) => (
          <NavLink
            key={s.to}
            to={s.to}
            end={s.end}
            className={({ isActive, isPending }) =>
              isActive || (s.end && isPending) ? 'active' : ''
            }
          >
            {t(s.key)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </section>
  );
}
