import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useCycle } from '@/features/cycles/api/cycles';
import { CycleDetail } from '@/features/cycles/components/cycle-detail';
import { useDocumentTitle } from '@/hooks/use-document-title';
import '@/features/cycles/cycles.css';

export function CycleDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const cycle = useCycle(id);
  useDocumentTitle(cycle.data?.name ?? t('cycles.title'));

  return (
    <section className="page cycles" aria-labelledby="cycle-title">
      <p>
        <Link to="/cycles">{t('cycles.back')}</Link>
      </p>
      <h1 id="cycle-title">{cycle.data?.name ?? t('cycles.title')}</h1>
      {cycle.isPending ? (
        <LoadingPage />
      ) : cycle.isError ? (
        <ErrorPanel error={cycle.error} onRetry={() => void cycle.refetch()} />
      ) : (
        <CycleDetail cycle={cycle.data} />
      )}
    </section>
  );
}
