import type { CycleSummary, Heatmap, PerceptionGap } from '../api/analytics';
import {
  formatGap,
  formatPercent,
  gapTable,
  heatmapTable,
  levelShares,
  newestFirst,
  participationPercent,
} from './figures';
import { formatIndex, formatIndex100 } from '@/lib/i18n/format-index';

describe('number formatting in the reader’s language', () => {
  it('shows indices with two decimals and 0-100 as whole numbers', () => {
    expect(formatIndex(3.5, 'en')).toBe('3.50');
    expect(formatIndex(3.5, 'nb')).toBe('3,50');
    expect(formatIndex100(68.75, 'en')).toBe('69');
    expect(formatIndex(undefined, 'en')).toBe('—');
  });

  it('shows API percentages (0-100) as whole percents', () => {
    expect(formatPercent(33.33, 'en')).toBe('33%');
    expect(formatPercent(66.67, 'sv')).toMatch(/^67\s?%$/);
  });

  it('signs the gap, except zero', () => {
    expect(formatGap(0.4, 'en')).toBe('+0.40');
    expect(formatGap(-0.25, 'en')).toBe('-0.25');
    expect(formatGap(0, 'en')).toBe('0.00');
    expect(formatGap(null, 'en')).toBe('—');
  });
});

describe('shaping', () => {
  it('computes participation only when someone was invited', () => {
    expect(participationPercent({ invited: 10, answered: 8 })).toBe(80);
    expect(participationPercent({ invited: 0, answered: 0 })).toBeNull();
  });

  it('lists the level shares low to high, a missing level as 0', () => {
    expect(levelShares({ HIGH: 14, LOW: 49 })).toEqual([
      { level: 'LOW', percent: 49 },
      { level: 'MEDIUM', percent: 0 },
      { level: 'HIGH', percent: 14 },
    ]);
  });

  it('sorts surveys newest first', () => {
    const cycles = [
      { id: 'old', opensAt: '2026-01-01T00:00:00Z' },
      { id: 'new', opensAt: '2026-06-01T00:00:00Z' },
    ] as CycleSummary[];
    expect(newestFirst(cycles).map((c) => c.id)).toEqual(['new', 'old']);
  });

  it('aligns heatmap cells with the dimensions and hides every cell of a hidden row', () => {
    const heatmap: Heatmap = {
      cycleId: 'c1',
      anonymityThreshold: 5,
      dimensions: [
        { id: 'd1', key: 'a', name: { en: 'A' }, weight: 1 },
        { id: 'd2', key: 'b', name: { en: 'B' }, weight: 1 },
      ],
      rows: [
        {
          depth: 0,
          responseCount: 8,
          index: 3.2,
          level: 'MEDIUM',
          // Out of order and without d1's figure.
          cells: [{ dimensionId: 'd2', index: 2.1, index100: 27.5, level: 'LOW' }],
        },
        {
          departmentId: 'x',
          name: 'Sales',
          depth: 1,
          cells: [],
          suppressedReason: 'BELOW_THRESHOLD',
        },
      ],
    };
    const [whole, sales] = heatmapTable(heatmap);
    expect(whole!.name).toBeNull();
    expect(whole!.overall).toEqual({ kind: 'value', index: 3.2, level: 'MEDIUM' });
    expect(whole!.cells).toEqual([
      { kind: 'none' },
      { kind: 'value', index: 2.1, index100: 27.5, level: 'LOW' },
    ]);
    expect(sales!.overall).toEqual({ kind: 'hidden', reason: 'BELOW_THRESHOLD' });
    expect(sales!.cells).toEqual([
      { kind: 'hidden', reason: 'BELOW_THRESHOLD' },
      { kind: 'hidden', reason: 'BELOW_THRESHOLD' },
    ]);
  });

  it('lays out the perception gap by role level, dimensions first and overall last', () => {
    const gap: PerceptionGap = {
      cycleId: 'c1',
      roleLevels: ['TOP_MANAGEMENT', 'SPECIALIST'],
      dimensions: [
        {
          id: 'd1',
          key: 'a',
          name: { en: 'A' },
          entries: [
            { roleLevel: 'SPECIALIST', index: 2.8 },
            { roleLevel: 'TOP_MANAGEMENT', suppressedReason: 'BELOW_THRESHOLD' },
          ],
        },
      ],
      overall: {
        key: 'overall',
        name: {},
        entries: [
          { roleLevel: 'TOP_MANAGEMENT', index: 4 },
          { roleLevel: 'SPECIALIST', index: 3 },
        ],
        gap: 1,
      },
    };
    const rows = gapTable(gap);
    expect(rows.map((r) => r.key)).toEqual(['d1', 'overall']);
    expect(rows[0]!.cells).toEqual([
      { kind: 'hidden', reason: 'BELOW_THRESHOLD' },
      { kind: 'value', index: 2.8 },
    ]);
    expect(rows[0]!.gap).toBeNull();
    expect(rows[1]!.name).toBeNull();
    expect(rows[1]!.gap).toBe(1);
  });
});
