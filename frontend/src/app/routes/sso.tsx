import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useDepartments } from '@/features/departments/api/get-departments';
import { useSsoSettings } from '@/features/sso/api/sso-settings';
import { SsoSettingsForm } from '@/features/sso/components/sso-settings-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function SsoRoute() {
  const { t } = useTranslation();
  const settings = useSsoSettings();
  const departments = useDepartments();
  useDocumentTitle(t('sso.title'));

  return (
    <section className="page" aria-labelledby="sso-title">
      <h1 id="sso-title">{t('sso.title')}</h1>
      <p>{t('sso.intro')}</p>
      {settings.isPending || departments.isPending ? (
        <LoadingPage />
      ) : settings.isError ? (
        <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
      ) : departments.isError ? (
        <ErrorPanel error={departments.error} onRetry={() => void departments.refetch()} />
      ) : (
        <SsoSettingsForm settings={settings.data} departments={departments.data} />
      )}
    </section>
  );
}
