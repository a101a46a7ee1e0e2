import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, NetworkError } from '@/lib/api/problem';
import type { SurveySource } from '../api/surveys';
import { unavailableReason } from '../utils/unavailable-reason';

/** A clear message for a survey that cannot be answered, or for a failure that can be retried. */
export function SurveyUnavailable({
  error,
  source,
  onRetry,
}: {
  error: unknown;
  source: SurveySource;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const reason = unavailableReason(error);
  const key =
    reason === 'unknown' && source.kind === 'mine' ? 'notYours' : (reason ?? 'loadFailed');
  const retryable = reason === null;
  return (
    <div className="survey-message" role={retryable ? 'alert' : undefined}>
      <h1>{t(`surveys.unavailable.${key}.title`)}</h1>
      <p>{t(`surveys.unavailable.${key}.body`)}</p>
      {retryable && (
        <p>
          {error instanceof NetworkError
            ? t('surveys.errors.network')
            : error instanceof ApiError && error.status === 429
              ? t('errors.status.429')
              : t('errors.generic')}
        </p>
      )}
      {retryable && onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
      {source.kind === 'mine' && (
        <p>
          <Link to="/surveys">{t('surveys.mine.back')}</Link>
        </p>
      )}
    </div>
  );
}
