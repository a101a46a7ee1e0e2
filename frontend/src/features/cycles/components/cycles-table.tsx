import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableRegion } from '@/components/table-region';
import type { Cycle } from '../api/cycles';
import { formatDateTime, formatRate } from './format';
import { StatusBadge } from './status-badge';

export function CyclesTable({ cycles }: { cycles: Cycle[] }) {
  const { t, i18n } = useTranslation();
  if (cycles.length === 0) return <p>{t('cycles.empty')}</p>;
  return (
    <TableRegion label={t('cycles.caption')}>
      <table>
        <caption>{t('cycles.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cycles.columns.name')}</th>
            <th scope="col">{t('cycles.columns.kind')}</th>
            <th scope="col">{t('cycles.columns.status')}</th>
            <th scope="col">{t('cycles.columns.opens')}</th>
            <th scope="col">{t('cycles.columns.closes')}</th>
            <th scope="col">{t('cycles.columns.model')}</th>
            <th scope="col" className="numeric">
              {t('cycles.columns.participation')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((cycle) => (
            <tr key={cycle.id}>
              <th scope="row">
                <Link to={`/cycles/${cycle.id}`}>{cycle.name}</Link>
                {cycle.recurrence !== 'NONE' && (
                  <> {t('cycles.seriesNumber', { number: cycle.seriesNumber })}</>
                )}
              </th>
              <td>{t(`cycles.kind.${cycle.kind}`)}</td>
              <td>
                <StatusBadge status={cycle.status} />
              </td>
              <td>{formatDateTime(cycle.opensAt, i18n.language)}</td>
              <td>{formatDateTime(cycle.closesAt, i18n.language)}</td>
              <td>
                {t('cycles.modelVersion', {
                  name: cycle.modelName,
                  number: cycle.modelVersionNumber,
                })}
              </td>
              <td className="numeric">
                {cycle.participation.participants > 0
                  ? t('cycles.participationSummary', {
                      answered: cycle.participation.answered,
                      participants: cycle.participation.participants,
                      rate: formatRate(cycle.participation.rate, i18n.language),
                    })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
