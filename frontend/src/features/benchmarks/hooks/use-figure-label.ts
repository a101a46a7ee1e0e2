import { useTranslation } from 'react-i18next';
import type { BenchmarkFigure } from '../api/platform-benchmarks';

/** What a figure measures, in the reader's language: a statement's benchmark key or a maturity level. */
export function useFigureLabel() {
  const { t } = useTranslation();
  return (figure: Pick<BenchmarkFigure, 'kind' | 'benchmarkKey' | 'level'>) =>
    figure.kind === 'LEVEL'
      ? t('benchmarks.levelShare', { level: t(`benchmarks.levels.${figure.level ?? 'LOW'}`) })
      : t(`benchmarks.keys.${figure.benchmarkKey ?? ''}`, {
          defaultValue: figure.benchmarkKey ?? '',
        });
}
