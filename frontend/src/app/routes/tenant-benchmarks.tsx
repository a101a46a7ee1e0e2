import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { TenantBenchmarkSetView } from '@/features/benchmarks/components/tenant-benchmark-set';
import { useTenantBenchmarks } from '@/features/benchmarks/api/tenant-benchmarks';
import { useDocumentTitle } from '@/hooks/use-document-title';

const LOCALES = ['en', 'nb', 'da', 'sv'] as const;

/** Leaders, admins and managers: the benchmark figures and which of the organisation's statements they match. */
export function TenantBenchmarksRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('benchmarks.tenant.title'));
  const locale = LOCALES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  const sets = useTenantBenchmarks(locale);

  return (
    <section className="page" aria-labelledby="tenant-benchmarks-title">
      <h1 id="tenant-benchmarks-title">{t('benchmarks.tenant.title')}</h1>
      <p>{t('benchmarks.tenant.intro')}</p>
      {sets.isPending ? (
        <LoadingPage />
      ) : sets.isError ? (
        <ErrorPanel error={sets.error} onRetry={() => void sets.refetch()} />
      ) : sets.data.length === 0 ? (
        <p>{t('benchmarks.empty')}</p>
      ) : (
        sets.data.map((set) => <TenantBenchmarkSetView key={set.key} set={set} />)
      )}
    </section>
  );
}
