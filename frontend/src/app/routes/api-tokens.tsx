import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useApiTokens } from '@/features/api-tokens/api/api-tokens';
import { ApiTokensTable } from '@/features/api-tokens/components/api-tokens-table';
import { CreateApiTokenForm } from '@/features/api-tokens/components/create-api-token-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function ApiTokensRoute() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  useDocumentTitle(t('apiTokens.title'));
  const scimUrl = `${window.location.origin}/scim/v2`;

  return (
    <section className="page" aria-labelledby="api-tokens-title">
      <h1 id="api-tokens-title">{t('apiTokens.title')}</h1>
      <p>{t('apiTokens.intro')}</p>
      <p>
        {t('apiTokens.scimUrl')} <code>{scimUrl}</code>
      </p>
      {tokens.isPending ? (
        <LoadingPage />
      ) : tokens.isError ? (
        <ErrorPanel error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <ApiTokensTable tokens={tokens.data} />
      )}
      <div className="card">
        <CreateApiTokenForm />
      </div>
    </section>
  );
}
