import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { MutationError } from '@/components/mutation-error';
import {
  useDeriveVersion,
  useModel,
  useModelVersion,
  type VersionSummary,
} from '@/features/models/api/models';
import { DraftEditor } from '@/features/models/components/draft-editor';
import { ModelDetailsForm } from '@/features/models/components/model-details-form';
import { VersionView } from '@/features/models/components/version-view';
import { useDocumentTitle } from '@/hooks/use-document-title';
import '@/features/models/models.css';

/** The draft if there is one, else the newest version. */
function defaultVersion(versions: readonly VersionSummary[]) {
  return versions.find((v) => v.status === 'DRAFT') ?? versions[versions.length - 1];
}

export function ModelRoute() {
  const { t, i18n } = useTranslation();
  const { modelId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const model = useModel(modelId);
  const versions = model.data?.versions ?? [];
  const selected = versions.find((v) => v.id === params.get('version')) ?? defaultVersion(versions);
  const version = useModelVersion(modelId, selected?.id);
  const sourceId = version.data?.derivedFromId;
  const source = useModelVersion(modelId, sourceId);
  const sourceNumber = versions.find((v) => v.id === sourceId)?.number;
  const draft = versions.find((v) => v.status === 'DRAFT');
  const derive = useDeriveVersion(modelId);
  useDocumentTitle(model.data?.name ?? t('models.title'));

  const selectVersion = (id: string) => setParams({ version: id }, { replace: true });
  const archived = Boolean(model.data?.archivedAt);

  if (model.isPending) return <LoadingPage />;
  if (model.isError) {
    return (
      <section className="page models">
        <ErrorPanel error={model.error} onRetry={() => void model.refetch()} />
      </section>
    );
  }

  return (
    <section className="page models" aria-labelledby="model-title">
      <p>
        <Link to="/models">{t('models.back')}</Link>
      </p>
      <h1 id="model-title">{model.data.name}</h1>
      {model.data.description && <p>{model.data.description}</p>}

      <div className="card">
        <ModelDetailsForm key={model.data.id} model={model.data} />
      </div>

      <section className="card" aria-labelledby="model-versions-title">
        <h2 id="model-versions-title">{t('models.versions.heading')}</h2>
        <p className="field-hint">{t('models.versions.intro')}</p>
        <div className="field">
          <label htmlFor="model-version">{t('models.versions.select')}</label>
          <select
            id="model-version"
            value={selected?.id ?? ''}
            onChange={(e) => selectVersion(e.target.value)}
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.publishedAt
                  ? t('models.versions.optionPublished', {
                      number: v.number,
                      date: new Date(v.publishedAt).toLocaleDateString(i18n.language),
                    })
                  : t('models.versions.optionDraft', { number: v.number })}
              </option>
            ))}
          </select>
        </div>
        {selected?.status === 'PUBLISHED' && !archived && (
          <div>
            <button
              type="button"
              className="button button-primary"
              disabled={Boolean(draft) || derive.isPending}
              aria-describedby={draft ? 'model-derive-hint' : undefined}
              onClick={() =>
                derive.mutate(selected.id, { onSuccess: (derived) => selectVersion(derived.id) })
              }
            >
              {t('models.versions.derive', { number: selected.number })}
            </button>
            {draft && (
              <p id="model-derive-hint" className="field-hint">
                {t('models.versions.draftExists', { number: draft.number })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectVersion(draft.id)}
                >
                  {t('models.versions.openDraft', { number: draft.number })}
                </button>
              </p>
            )}
            <div role="status" aria-live="polite">
              <MutationError error={derive.error} />
            </div>
          </div>
        )}
      </section>

      {version.isPending || (sourceId && source.isPending) ? (
        <LoadingPage />
      ) : version.isError ? (
        <ErrorPanel error={version.error} onRetry={() => void version.refetch()} />
      ) : version.data.status === 'DRAFT' && !archived ? (
        <DraftEditor
          key={version.data.id}
          version={version.data}
          sourceVersion={source.data}
          onDeleted={() => setParams({}, { replace: true })}
        />
      ) : (
        <section aria-labelledby="model-version-title">
          <h2 id="model-version-title">
            {t('models.view.title', { number: version.data.number })}{' '}
            <span
              className={`badge ${version.data.status === 'DRAFT' ? 'badge-new' : 'badge-active'}`}
            >
              {t(`models.status.${version.data.status}`)}
            </span>
          </h2>
          {version.data.status === 'PUBLISHED' && (
            <p className="field-hint">{t('models.view.frozen')}</p>
          )}
          <VersionView version={version.data} sourceNumber={sourceNumber} />
        </section>
      )}
    </section>
  );
}
