import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useTenants } from '@/features/tenants/api/get-tenants';
import { CreateTenantForm } from '@/features/tenants/components/create-tenant-form';
import { ManageTenant } from '@/features/tenants/components/manage-tenant';
import { TenantsTable } from '@/features/tenants/components/tenants-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function TenantsRoute() {
  const { t } = useTranslation();
  const tenants = useTenants();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useDocumentTitle(t('tenants.title'));
  const selected = tenants.data?.find((tenant) => tenant.id === selectedId);

  return (
    <section className="page" aria-labelledby="tenants-title">
      <h1 id="tenants-title">{t('tenants.title')}</h1>
      {tenants.isPending ? (
        <LoadingPage />
      ) : tenants.isError ? (
        <ErrorPanel error={tenants.error} onRetry={() => void tenants.refetch()} />
      ) : (
        <TenantsTable tenants={tenants.data} selectedId={selectedId} onSelect={setSelectedId} />
      )}
      <div className="two-columns">
        {selected ? (
          <ManageTenant key={selected.id} tenant={selected} onDeleted={() => setSelectedId(null)} />
        ) : (
          <div />
        )}
        <div className="card">
          <CreateTenantForm />
        </div>
      </div>
    </section>
  );
}
