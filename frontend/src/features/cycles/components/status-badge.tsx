import { useTranslation } from 'react-i18next';
import type { CycleStatus } from '../api/cycles';

export function StatusBadge({ status }: { status: CycleStatus }) {
  const { t } = useTranslation();
  const tone =
    status === 'OPEN' ? 'badge-active' : status === 'CLOSED' ? 'badge-suspended' : undefined;
  return <span className={tone ? `badge ${tone}` : 'badge'}>{t(`cycles.status.${status}`)}</span>;
}
