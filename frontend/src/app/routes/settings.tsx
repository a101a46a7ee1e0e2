import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useTenantSettings } from '@/features/settings/api/tenant-settings';
import { SettingsForm } from '@/features/settings/components/settings-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function SettingsRoute() {
  const { t } = useTranslation();
  const settings = useTenantSettings();
  useDocumentTitle(t('settings.title'));

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      <div className="card">
        {settings.isPending ? (
          <LoadingPage />
        ) : settings.isError ? (
          <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <SettingsForm settings={settings.data} />
        )}
      </div>
    </section>
  );
}
