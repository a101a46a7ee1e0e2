import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/lib/api/problem';
import { useRevokeApiToken, type ApiToken } from '../api/api-tokens';
import { TableRegion } from '@/components/table-region';

export function ApiTokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeApiToken();
  if (tokens.length === 0) return <p>{t('apiTokens.empty')}</p>;
  const date = (value?: string) =>
    value
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value))
      : '—';

  return (
    <TableRegion label={t('apiTokens.caption')}>
      {revoke.error && <p className="alert alert-error">{t(errorMessageKey(revoke.error))}</p>}
      <table>
        <caption>{t('apiTokens.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('apiTokens.columns.name')}</th>
            <th scope="col">{t('apiTokens.columns.createdBy')}</th>
            <th scope="col">{t('apiTokens.columns.expires')}</th>
            <th scope="col">{t('apiTokens.columns.lastUsed')}</th>
            <th scope="col">{t('apiTokens.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const expired = new Date(token.expiresAt) <= new Date();
            return (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{token.createdBy}</td>
                <td>{date(token.expiresAt)}</td>
                <td>{token.lastUsedAt ? date(token.lastUsedAt) : t('apiTokens.neverUsed')}</td>
                <td>
                  {token.revokedAt ? (
                    t('apiTokens.revoked')
                  ) : expired ? (
                    t('apiTokens.expired')
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                      disabled={revoke.isPending}
                      onClick={() => {
                        if (window.confirm(t('apiTokens.revokeConfirm', { name: token.name }))) {
                          revoke.mutate(token.id);
                        }
                      }}
                    >
                      {t('apiTokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
