import { useTranslation } from 'react-i18next';
import { TableRegion } from '@/components/table-region';
import type { TrendPoint, Trends } from '../api/trends';

function localizedName(names: Record<string, string>, language: string): string {
  return names[language] ?? names.en ?? Object.values(names)[0] ?? '';
}

function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * Dimensions by assessments, oldest first: each cell the mean with its 95% confidence interval, and the change
 * from the previous assessment, marked significant only when Welch's t-test says so. Hidden cells say so in words.
 */
export function TrendsTable({ trends }: { trends: Trends }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const caption = t('analytics.trends.caption');

  if (trends.cycles.length === 0) {
    return <p>{t('analytics.trends.empty')}</p>;
  }

  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.trends.dimension')}</th>
            {trends.cycles.map((cycle) => (
              <th scope="col" key={cycle.id}>
                {cycle.name}
                {cycle.status === 'OPEN' ? ` (${t('analytics.trends.open')})` : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.dimensions.map((dimension) => (
            <tr key={dimension.key}>
              <th scope="row">{localizedName(dimension.name, language)}</th>
              {dimension.points.map((point) => (
                <td key={point.cycleId}>
                  <TrendCell point={point} locale={language} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('analytics.trends.legend')}</p>
    </TableRegion>
  );
}

function TrendCell({ point, locale }: { point: TrendPoint; locale: string }) {
  const { t } = useTranslation();
  if (point.mean == null) {
    return <span>{point.suppressedReason ? t('analytics.trends.hidden') : '—'}</span>;
  }
  const interval =
    point.ciLow != null && point.ciHigh != null
      ? ` (${formatScore(point.ciLow, locale)}–${formatScore(point.ciHigh, locale)})`
      : '';
  const change = point.change;
  return (
    <span>
      {formatScore(point.mean, locale)}
      {interval}
      {change != null && change !== 0 ? (
        <>
          {' '}
          <span aria-hidden="true">{change > 0 ? '↑' : '↓'}</span>
          <span className="visually-hidden">
            {change > 0 ? t('analytics.trends.up') : t('analytics.trends.down')}
          </span>
        </>
      ) : null}
      {point.significant ? <strong> {t('analytics.trends.significant')}</strong> : null}
    </span>
  );
}
