import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '@/lib/api/problem';

/** A plain-words message for a failed request, with the server's detail when it gave one. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t(errorMessageKey(error))}</p>
      {detail && <p className="alert-detail">{detail}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
