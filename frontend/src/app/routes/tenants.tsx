import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useTenants } from '@/features/tenants/api/get-tenants';
import { TenantsTable } from '@/features/tenants/components/tenants-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function TenantsRoute() {
  const { t } = useTranslation();
  const tenants = useTenants();
  useDocumentTitle(t('tenants.title'));

  return (
    <section className="page" aria-labelledby="tenants-title">
      <h1 id="tenants-title">{t('tenants.title')}</h1>
      {tenants.isPending ? (
        <LoadingPage />
      ) : tenants.isError ? (
        <ErrorPanel error={tenants.error} onRetry={() => void tenants.refetch()} />
      ) : (
        <TenantsTable tenants={tenants.data} />
      )}
    </section>
  );
}
