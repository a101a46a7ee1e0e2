import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '@/lib/api/problem';

/** A failed change in plain words, with the server's own explanation when it sent one. */
export function MutationError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  return (
    <p className="alert alert-error">
      {t(errorMessageKey(error))}
      {detail && <span className="alert-detail"> {detail}</span>}
    </p>
  );
}
