import { useTranslation } from 'react-i18next';
import type { SuppressedReason } from '../api/analytics';

/** Stands in for a hidden figure: never a number, always the words and, when the API gave it, why. */
export function Suppressed({
  reason,
  threshold,
}: {
  reason?: SuppressedReason | null;
  threshold: number;
}) {
  const { t } = useTranslation();
  return (
    <span className="suppressed">
      {t('analytics.hidden')}
      {reason && (
        <span className="suppressed-reason">
          {' '}
          ({t(`analytics.reasons.${reason}`, { threshold })})
        </span>
      )}
    </span>
  );
}
