import { useTranslation } from 'react-i18next';
import { TableRegion } from '@/components/table-region';
import type { BenchmarkFigure } from '../api/platform-benchmarks';
import { useFigureLabel } from '../hooks/use-figure-label';
import { formatShare } from '../utils/benchmark-import';

export function BenchmarkFiguresTable({
  caption,
  figures,
}: {
  caption: string;
  figures: BenchmarkFigure[];
}) {
  const { t, i18n } = useTranslation();
  const label = useFigureLabel();
  return (
    <TableRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('benchmarks.columns.figure')}</th>
            <th scope="col">{t('benchmarks.columns.key')}</th>
            <th scope="col" className="numeric">
              {t('benchmarks.columns.share')}
            </th>
            <th scope="col">{t('benchmarks.columns.segment')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={`${figure.kind}-${figure.benchmarkKey ?? figure.level ?? ''}`}>
              <th scope="row">{label(figure)}</th>
              <td>
                <code>{figure.benchmarkKey ?? figure.level}</code>
              </td>
              <td className="numeric">{formatShare(figure.share, i18n.language)}</td>
              <td>{figure.segment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
