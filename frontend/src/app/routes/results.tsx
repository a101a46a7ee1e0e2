import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ResultsPage } from '@/features/analytics/components/results-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import '@/features/analytics/analytics.css';

export function ResultsRoute() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const [search, setSearch] = useSearchParams();
  useDocumentTitle(t('analytics.title'));

  return (
    <section className="page analytics" aria-labelledby="results-title">
      <h1 id="results-title">{t('analytics.title')}</h1>
      <p>{t('analytics.intro')}</p>
      <ResultsPage
        cycleId={cycleId}
        filter={{
          departmentId: search.get('department') ?? '',
          roleLevel: search.get('roleLevel') ?? '',
        }}
        onFilterChange={(filter) => {
          const next = new URLSearchParams();
          if (filter.departmentId) next.set('department', filter.departmentId);
          if (filter.roleLevel) next.set('roleLevel', filter.roleLevel);
          setSearch(next, { replace: true });
        }}
      />
    </section>
  );
}
