import type { DimensionResult } from '../api/results';
import { dimensionRow, levelOf, to100, turnoutRate } from './results';
import { formatIndex, formatIndex100 } from '@/lib/i18n/format-index';

const limits = { lowUpTo: 2.5, mediumUpTo: 3.75 };

function dimension(change: Partial<DimensionResult> = {}): DimensionResult {
  return {
    id: 'd1',
    key: 'customer-insight',
    name: { en: 'Customer insight', nb: 'Kundeinnsikt' },
    mean: 3.5,
    dontKnowCount: 2,
    statements: [],
    ...change,
  };
}

describe('levelOf', () => {
  it('counts the limits themselves as the lower level, like the server', () => {
    expect(levelOf(1, limits)).toBe('LOW');
    expect(levelOf(2.5, limits)).toBe('LOW');
    expect(levelOf(2.51, limits)).toBe('MEDIUM');
    expect(levelOf(3.75, limits)).toBe('MEDIUM');
    expect(levelOf(3.76, limits)).toBe('HIGH');
    expect(levelOf(5, limits)).toBe('HIGH');
  });
});

describe('to100', () => {
  it('maps 1 to 0 and 5 to 100, to two decimals', () => {
    expect(to100(1)).toBe(0);
    expect(to100(3)).toBe(50);
    expect(to100(5)).toBe(100);
    expect(to100(3.47)).toBe(61.75);
    expect(to100(2.33)).toBe(33.25);
  });
});

describe('formatting', () => {
  it('shows indices on 1-5 with two decimals and on 0-100 whole, in the reader’s locale', () => {
    expect(formatIndex(3.5, 'en')).toBe('3.50');
    expect(formatIndex(3.47, 'nb')).toBe('3,47');
    expect(formatIndex100(61.75, 'en')).toBe('62');
    expect(formatIndex(undefined, 'en')).toBe('—');
    expect(formatIndex100(null, 'en')).toBe('—');
  });

  it('gives no rate when nobody was asked', () => {
    expect(turnoutRate(8, 2)).toBe(0.25);
    expect(turnoutRate(0, 0)).toBeNull();
  });
});

describe('dimensionRow', () => {
  it('names the theme in the reader’s language with its index on both scales and its level', () => {
    expect(dimensionRow(dimension(), 'nb', limits)).toEqual({
      id: 'd1',
      name: 'Kundeinnsikt',
      index: 3.5,
      index100: 62.5,
      level: 'MEDIUM',
      dontKnowCount: 2,
    });
  });

  it('has no figures for a theme answered only with “don’t know”', () => {
    const row = dimensionRow(dimension({ mean: undefined, dontKnowCount: 6 }), 'en', limits);
    expect(row).toMatchObject({ index: null, index100: null, level: null, dontKnowCount: 6 });
  });

  it('leaves the level out until the model version’s limits are known', () => {
    expect(dimensionRow(dimension(), 'en', null).level).toBeNull();
  });
});
