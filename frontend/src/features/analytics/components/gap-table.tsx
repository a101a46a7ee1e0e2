import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '@/components/table-region';
import { localized } from '@/lib/i18n/localized';
import type { PerceptionGap } from '../api/analytics';
import { formatGap, gapTable, roleLevelLabel } from '../utils/figures';
import { FigureScore } from './figure-cell';

/** Per dimension the index of each role level (and customers) and top management's gap to the others. */
export function GapTable({ gap, threshold }: { gap: PerceptionGap; threshold: number }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const caption = t('analytics.gap.caption');

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('analytics.gap.heading')}</h2>
      <p>{t('analytics.gap.intro')}</p>
      <TableRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analytics.columns.dimension')}</th>
              {gap.roleLevels.map((level) => (
                <th key={level} scope="col">
                  {roleLevelLabel(level, t)}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('analytics.columns.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {gapTable(gap).map((row) => (
              <tr key={row.key} className={row.name ? undefined : 'total-row'}>
                <th scope="row">
                  {row.name ? localized(row.name, language) : t('analytics.columns.overall')}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={gap.roleLevels[index] ?? index}>
                    <FigureScore figure={cell} threshold={threshold} />
                  </td>
                ))}
                <td className="numeric">{formatGap(row.gap, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
