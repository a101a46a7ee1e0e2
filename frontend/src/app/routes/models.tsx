import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useModels, useModelTemplates } from '@/features/models/api/models';
import { CreateModelForm } from '@/features/models/components/create-model-form';
import { ModelsTable } from '@/features/models/components/models-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import '@/features/models/models.css';

export function ModelsRoute() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const models = useModels(includeArchived);
  const templates = useModelTemplates();
  useDocumentTitle(t('models.title'));

  return (
    <section className="page models" aria-labelledby="models-title">
      <h1 id="models-title">{t('models.title')}</h1>
      <p>{t('models.intro')}</p>
      <div className="two-columns">
        <div>
          <div className="field field-checkbox">
            <input
              id="models-include-archived"
              type="checkbox"
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.target.checked)}
            />
            <label htmlFor="models-include-archived">{t('models.list.includeArchived')}</label>
          </div>
          {models.isPending || templates.isPending ? (
            <LoadingPage />
          ) : models.isError ? (
            <ErrorPanel error={models.error} onRetry={() => void models.refetch()} />
          ) : (
            <ModelsTable models={models.data} templates={templates.data ?? []} />
          )}
        </div>
        <div className="card">
          {templates.isPending ? (
            <LoadingPage />
          ) : templates.isError ? (
            <ErrorPanel error={templates.error} onRetry={() => void templates.refetch()} />
          ) : (
            <CreateModelForm templates={templates.data} />
          )}
        </div>
      </div>
    </section>
  );
}
