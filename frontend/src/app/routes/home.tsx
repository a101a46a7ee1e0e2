import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { OpenSurveysNotice } from '@/features/surveys/components/open-surveys-notice';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function HomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('nav.home'));

  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title', { name: user.displayName })}</h1>
      <p>{user.tenant ? t('home.tenant', { tenant: user.tenant.name }) : t('home.noTenant')}</p>
      {user.tenant && <OpenSurveysNotice />}
      <h2>{t('home.rolesHeading')}</h2>
      {user.roles.length > 0 ? (
        <ul className="role-list">
          {user.roles.map((role) => (
            <li key={role}>{t(`roles.${role}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('home.noRoles')}</p>
      )}
    </section>
  );
}
