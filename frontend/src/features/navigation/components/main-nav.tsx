import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Role } from '@/features/auth/api/get-me';
import { navItemsFor } from '../nav-items';

export function MainNav({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {navItemsFor(roles).map((item) => (
          <li key={item.id}>
            <NavLink to={item.path} end={item.path === '/' || item.path === '/people'}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
