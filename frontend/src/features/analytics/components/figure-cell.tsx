import { useTranslation } from 'react-i18next';
import { LevelBadge, Score, type MaturityLevel } from '@/components/score';
import type { Figure } from '../utils/figures';
import { Suppressed } from './suppressed';
import { formatIndex } from '@/lib/i18n/format-index';

/** A table cell's figure: the index with its bar, the "hidden" text, or a dash when there is none. */
export function FigureScore({ figure, threshold }: { figure: Figure; threshold: number }) {
  const { i18n } = useTranslation();
  if (figure.kind === 'hidden') return <Suppressed reason={figure.reason} threshold={threshold} />;
  if (figure.kind === 'none') return <>—</>;
  return <Score value={figure.index} text={formatIndex(figure.index, i18n.language)} />;
}

export function Level({ level }: { level: MaturityLevel | null | undefined }) {
  const { t } = useTranslation();
  return <LevelBadge level={level} label={level ? t(`analytics.levels.${level}`) : ''} />;
}
