import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { usePlatformBenchmarks } from '@/features/benchmarks/api/platform-benchmarks';
import { BenchmarkSetDetails } from '@/features/benchmarks/components/benchmark-set-details';
import { BenchmarkSetsTable } from '@/features/benchmarks/components/benchmark-sets-table';
import { UploadBenchmarkSet } from '@/features/benchmarks/components/upload-benchmark-set';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Platform operators: the benchmark sets every tenant compares with, and loading new ones from CSV. */
export function BenchmarksRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('benchmarks.title'));
  const sets = usePlatformBenchmarks();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = sets.data?.find((set) => set.id === selectedId);

  return (
    <section className="page" aria-labelledby="benchmarks-title">
      <h1 id="benchmarks-title">{t('benchmarks.title')}</h1>
      <p>{t('benchmarks.intro')}</p>
      {sets.isPending ? (
        <LoadingPage />
      ) : sets.isError ? (
        <ErrorPanel error={sets.error} onRetry={() => void sets.refetch()} />
      ) : (
        <BenchmarkSetsTable sets={sets.data} selectedId={selectedId} onSelect={setSelectedId} />
      )}
      {selected && (
        <BenchmarkSetDetails
          key={selected.id}
          set={selected}
          onDeleted={() => setSelectedId(null)}
        />
      )}
      <div className="card">
        <UploadBenchmarkSet onCreated={setSelectedId} />
      </div>
    </section>
  );
}
