import type { MaturityLevel } from '@/components/score';
import type { CycleSummary, Heatmap, PerceptionGap, SuppressedReason } from '../api/analytics';

export const LEVELS: readonly MaturityLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/** A percentage given as 0-100 (as the API gives shares and top-2-box), as a whole percent. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    value / 100,
  );
}

/** A perception gap with its sign (+0.40, −0.25; 0.00 without a sign). */
export function formatGap(value: number | null | undefined, locale: string): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** Answered out of invited as 0-100, or null when nobody was invited. */
export function participationPercent(participation: { invited: number; answered: number }) {
  return participation.invited > 0 ? (participation.answered / participation.invited) * 100 : null;
}

/** The share of respondents at each level, low to high; a level the API leaves out counts as 0. */
export function levelShares(shares: Record<string, number> | undefined) {
  return LEVELS.map((level) => ({ level, percent: shares?.[level] ?? 0 }));
}

/** Newest first by opening time; the API already sorts so, this keeps the order stable if it did not. */
export function newestFirst(cycles: readonly CycleSummary[]): CycleSummary[] {
  return [...cycles].sort((a, b) => b.opensAt.localeCompare(a.opensAt));
}

/** A figure a table shows, hidden to protect anonymity (with the API's reason), or none (no 1-5 answers). */
export type Figure =
  | { kind: 'value'; index: number; index100?: number; level?: MaturityLevel }
  | { kind: 'hidden'; reason?: SuppressedReason }
  | { kind: 'none' };

export interface HeatmapTableRow {
  key: string;
  /** Null for the whole organisation. */
  name: string | null;
  depth: number;
  responseCount?: number;
  overall: Figure;
  /** One per dimension, in the heatmap's dimension order. */
  cells: Figure[];
}

/**
 * The heatmap as table rows with one cell per dimension. A hidden row hides every cell; a shown row's missing cell
 * (no 1-5 answer in that dimension) has no figure.
 */
export function heatmapTable(heatmap: Heatmap): HeatmapTableRow[] {
  return heatmap.rows.map((row) => {
    const hidden: Figure = { kind: 'hidden', reason: row.suppressedReason };
    return {
      key: row.departmentId ?? 'whole',
      name: row.name ?? null,
      depth: row.depth,
      responseCount: row.responseCount,
      overall:
        row.suppressedReason != null
          ? hidden
          : row.index == null
            ? { kind: 'none' }
            : { kind: 'value', index: row.index, level: row.level },
      cells: heatmap.dimensions.map((dimension) => {
        if (row.suppressedReason != null) return hidden;
        const cell = row.cells.find((c) => c.dimensionId === dimension.id);
        return cell?.index == null
          ? { kind: 'none' }
          : { kind: 'value', index: cell.index, index100: cell.index100, level: cell.level };
      }),
    };
  });
}

export interface GapTableRow {
  key: string;
  /** Null for the overall row. */
  name: Record<string, string> | null;
  /** One per role level, in the order of the API's roleLevels. */
  cells: Figure[];
  gap: number | null;
}

/** The perception gap as rows (dimensions, then overall) with one cell per role level. */
export function gapTable(gap: PerceptionGap): GapTableRow[] {
  return [...gap.dimensions, gap.overall].map((dimension) => ({
    key: dimension.id ?? 'overall',
    name: dimension.id ? dimension.name : null,
    cells: gap.roleLevels.map((level) => {
      const entry = dimension.entries.find((e) => e.roleLevel === level);
      if (entry?.index != null) return { kind: 'value', index: entry.index };
      return entry?.suppressedReason
        ? { kind: 'hidden', reason: entry.suppressedReason }
        : { kind: 'none' };
    }),
    gap: dimension.gap ?? null,
  }));
}

/** A role level's name; customers are not a role level of the organisation but answer outside-in surveys. */
export function roleLevelLabel(level: string, t: (key: string) => string): string {
  return level === 'CUSTOMER' ? t('analytics.customers') : t(`roleLevels.${level}`);
}
