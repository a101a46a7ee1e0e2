import { useTranslation } from 'react-i18next';
import { TableRegion } from '@/components/table-region';
import type { BenchmarkSet } from '../api/platform-benchmarks';

interface BenchmarkSetsTableProps {
  sets: BenchmarkSet[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function BenchmarkSetsTable({ sets, selectedId, onSelect }: BenchmarkSetsTableProps) {
  const { t } = useTranslation();
  if (sets.length === 0) return <p>{t('benchmarks.empty')}</p>;
  return (
    <TableRegion label={t('benchmarks.caption')}>
      <table>
        <caption>{t('benchmarks.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('benchmarks.columns.name')}</th>
            <th scope="col">{t('benchmarks.columns.key')}</th>
            <th scope="col" className="numeric">
              {t('benchmarks.columns.year')}
            </th>
            <th scope="col" className="numeric">
              {t('benchmarks.columns.figures')}
            </th>
            <th scope="col">{t('benchmarks.columns.kind')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('benchmarks.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sets.map((set) => (
            <tr key={set.id}>
              <th scope="row">{set.name}</th>
              <td>
                <code>{set.key}</code>
              </td>
              <td className="numeric">{set.year}</td>
              <td className="numeric">{set.figures.length}</td>
              <td>
                {set.builtIn ? (
                  <span className="badge badge-active">{t('benchmarks.builtIn')}</span>
                ) : (
                  <span className="muted">{t('benchmarks.uploaded')}</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-pressed={selectedId === set.id}
                  aria-label={t('benchmarks.view', { name: set.name })}
                  onClick={() => onSelect(set.id)}
                >
                  {t('benchmarks.viewButton')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
