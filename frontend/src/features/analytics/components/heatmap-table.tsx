import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '@/components/table-region';
import { localized } from '@/lib/i18n/localized';
import type { Heatmap } from '../api/analytics';
import { heatmapTable, LEVELS, type Figure } from '../utils/figures';
import { Suppressed } from './suppressed';
import { formatIndex } from '@/lib/i18n/format-index';

/** Departments (each with its sub-departments) by dimensions: colour by level, and the number in every cell. */
export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const rows = heatmapTable(heatmap);
  const caption = t('analytics.heatmap.caption');

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('analytics.heatmap.heading')}</h2>
      <p id={`${id}-legend`} className="heatmap-legend">
        {t('analytics.heatmap.legend')}{' '}
        {LEVELS.map((level) => (
          <span key={level} className={`heat-swatch heat-${level.toLowerCase()}`}>
            {t(`analytics.levels.${level}`)}
          </span>
        ))}
      </p>
      <TableRegion label={caption}>
        <table className="heatmap">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analytics.columns.department')}</th>
              <th scope="col" className="numeric">
                {t('analytics.columns.answers')}
              </th>
              <th scope="col">{t('analytics.columns.overall')}</th>
              {heatmap.dimensions.map((dimension) => (
                <th key={dimension.id} scope="col">
                  {localized(dimension.name, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }}>
                  {row.name ?? t('analytics.wholeOrganisation')}
                </th>
                <td className="numeric">{row.responseCount ?? '—'}</td>
                <HeatCell figure={row.overall} threshold={heatmap.anonymityThreshold} />
                {row.cells.map((cell, index) => (
                  <HeatCell
                    key={heatmap.dimensions[index]?.id ?? index}
                    figure={cell}
                    threshold={heatmap.anonymityThreshold}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

function HeatCell({ figure, threshold }: { figure: Figure; threshold: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (figure.kind === 'hidden') {
    return (
      <td className="heat-hidden">
        <Suppressed reason={figure.reason} threshold={threshold} />
      </td>
    );
  }
  if (figure.kind === 'none') return <td>—</td>;
  return (
    <td className={figure.level ? `heat-${figure.level.toLowerCase()}` : undefined}>
      <span className="heat-value">{formatIndex(figure.index, language)}</span>
      {figure.level && (
        <span className="visually-hidden"> {t(`analytics.levels.${figure.level}`)}</span>
      )}
    </td>
  );
}
