import type { DimensionResult, MaturityLevel } from '../api/results';
import { localized } from '@/lib/i18n/localized';

/** A model version's level limits on the 1-5 scale: up to lowUpTo is LOW, up to mediumUpTo MEDIUM. */
export interface LevelLimits {
  lowUpTo: number;
  mediumUpTo: number;
}

/** The level of an index on 1-5, by the same rule as the server. */
export function levelOf(index: number, limits: LevelLimits): MaturityLevel {
  if (index <= limits.lowUpTo) return 'LOW';
  return index <= limits.mediumUpTo ? 'MEDIUM' : 'HIGH';
}

/** An index on 1-5 as 0-100 (1 is 0, 5 is 100), to two decimals like the server's overall figure. */
export function to100(index: number): number {
  return Math.round(((index - 1) / 4) * 100 * 100) / 100;
}

/** The share that answered, or null when nobody was asked. */
export function turnoutRate(invited: number, answered: number): number | null {
  return invited > 0 ? answered / invited : null;
}

export interface DimensionRow {
  id: string;
  name: string;
  index: number | null;
  index100: number | null;
  /** Null without any 1-5 answer, or before the model version's limits are known. */
  level: MaturityLevel | null;
  dontKnowCount: number;
}

/** A theme's row in the results table: its name in the reader's language, its index on both scales and level. */
export function dimensionRow(
  dimension: DimensionResult,
  language: string,
  limits: LevelLimits | null,
): DimensionRow {
  const index = dimension.mean ?? null;
  return {
    id: dimension.id,
    name: localized(dimension.name, language),
    index,
    index100: index == null ? null : to100(index),
    level: index == null || !limits ? null : levelOf(index, limits),
    dontKnowCount: dimension.dontKnowCount,
  };
}
