import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useCycles } from '@/features/cycles/api/cycles';
import { CyclesTable } from '@/features/cycles/components/cycles-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import '@/features/cycles/cycles.css';

export function CyclesRoute() {
  const { t } = useTranslation();
  const cycles = useCycles();
  useDocumentTitle(t('cycles.title'));

  return (
    <section className="page cycles" aria-labelledby="cycles-title">
      <h1 id="cycles-title">{t('cycles.title')}</h1>
      <p>{t('cycles.intro')}</p>
      <p>
        <Link className="button button-primary" to="/cycles/new">
          {t('cycles.new')}
        </Link>
      </p>
      {cycles.isPending ? (
        <LoadingPage />
      ) : cycles.isError ? (
        <ErrorPanel error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : (
        <CyclesTable cycles={cycles.data} />
      )}
    </section>
  );
}
