import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '@/components/table-region';
import type { TenantBenchmarkSet } from '../api/tenant-benchmarks';
import { formatShare } from '../utils/benchmark-import';
import { useFigureLabel } from '../hooks/use-figure-label';

/** One set's figures with its source, each statement figure beside the organisation's matching statements. */
export function TenantBenchmarkSetView({ set }: { set: TenantBenchmarkSet }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const label = useFigureLabel();
  const caption = t('benchmarks.figuresOf', { name: set.name });
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {set.name} ({set.year})
      </h2>
      <p>
        <strong>{t('benchmarks.source')}:</strong> {set.source}
      </p>
      {set.description && <p>{set.description}</p>}
      <TableRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('benchmarks.columns.figure')}</th>
              <th scope="col" className="numeric">
                {t('benchmarks.columns.share')}
              </th>
              <th scope="col">{t('benchmarks.columns.segment')}</th>
              <th scope="col">{t('benchmarks.tenant.statements')}</th>
            </tr>
          </thead>
          <tbody>
            {set.figures.map((figure) => (
              <tr key={`${figure.kind}-${figure.benchmarkKey ?? figure.level ?? ''}`}>
                <th scope="row">{label(figure)}</th>
                <td className="numeric">{formatShare(figure.share, i18n.language)}</td>
                <td>{figure.segment ?? ''}</td>
                <td>
                  {figure.kind === 'LEVEL' ? (
                    <span className="muted">{t('benchmarks.tenant.levelNote')}</span>
                  ) : figure.statements.length === 0 ? (
                    <span className="muted">{t('benchmarks.tenant.noStatements')}</span>
                  ) : (
                    <ul className="row-errors">
                      {figure.statements.map((statement) => (
                        <li key={statement.itemId}>
                          {statement.text}{' '}
                          <span className="muted">
                            (
                            {t('benchmarks.tenant.inModel', {
                              model: statement.modelName,
                              version: statement.versionNumber,
                            })}
                            )
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
