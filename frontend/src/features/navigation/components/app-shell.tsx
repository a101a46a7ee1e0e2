import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useLogout } from '@/features/auth/api/logout';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { LanguagePicker } from '@/lib/i18n/language-picker';
import { MainNav } from './main-nav';

export function AppShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-brand">
          <span className="brand">{t('app.name')}</span>
          <span className="shell-tenant" data-testid="tenant-name">
            <span className="visually-hidden">{t('header.tenant')}: </span>
            {user.tenant?.name ?? t('header.platform')}
          </span>
        </div>
        <div className="shell-user">
          <span className="shell-user-name">
            <span className="visually-hidden">{t('header.user')} </span>
            {user.displayName}
          </span>
          <LanguagePicker />
          <button
            type="button"
            className="button"
            onClick={() => logout.mutate()}
            disabled={logout.isPending}
          >
            {logout.isPending ? t('header.signingOut') : t('header.signOut')}
          </button>
        </div>
      </header>
      <MainNav roles={user.roles} />
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
