import {
  BENCHMARK_CSV_TEMPLATE,
  benchmarkRowErrorKey,
  detailProblems,
  formatShare,
  summariseBenchmarkPreview,
} from './benchmark-import';

const row = (line: number, codes: string[]) => ({
  line,
  kind: 'statement',
  key: 'data-and-insight',
  share: 50,
  segment: '',
  errors: codes.map((code) => ({ column: 'share', code, message: code })),
});

describe('summariseBenchmarkPreview', () => {
  it('is not valid before a file is checked', () => {
    expect(summariseBenchmarkPreview(undefined)).toEqual({
      total: 0,
      rowsWithErrors: 0,
      valid: false,
    });
  });

  it('counts rows with errors, not errors', () => {
    const preview = { rows: [row(2, []), row(3, ['share_invalid', 'level_total'])], errorCount: 2 };
    expect(summariseBenchmarkPreview(preview)).toEqual({
      total: 2,
      rowsWithErrors: 1,
      valid: false,
    });
  });

  it('is valid when every row is clean', () => {
    expect(summariseBenchmarkPreview({ rows: [row(2, [])], errorCount: 0 }).valid).toBe(true);
  });
});

describe('benchmarkRowErrorKey', () => {
  it('translates known codes and leaves unknown ones to the server text', () => {
    expect(benchmarkRowErrorKey('level_total')).toBe('benchmarks.rowErrors.level_total');
    expect(benchmarkRowErrorKey('something_new')).toBeNull();
  });
});

describe('detailProblems', () => {
  it('accepts complete details', () => {
    expect(detailProblems({ key: 'nordic-2025', name: 'N', source: 'S', year: 2025 })).toEqual({});
  });

  it('names every missing or malformed field', () => {
    expect(detailProblems({ key: 'Bad Key', name: ' ', source: '', year: 99 })).toEqual({
      key: 'benchmarks.upload.keyInvalid',
      name: 'benchmarks.upload.required',
      source: 'benchmarks.upload.required',
      year: 'benchmarks.upload.yearInvalid',
    });
  });
});

describe('the CSV template', () => {
  it('has the header and the level distribution adding up to 100', () => {
    const lines = BENCHMARK_CSV_TEMPLATE.trim().split('\n');
    expect(lines[0]).toBe('kind,key,share,segment');
    const levels = lines.filter((l) => l.startsWith('level,')).map((l) => Number(l.split(',')[2]));
    expect(levels.reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('formatShare', () => {
  it('formats a 0-100 share as a percentage in the reader language', () => {
    expect(formatShare(46, 'en')).toBe('46%');
    expect(formatShare(20.4, 'en')).toBe('20.4%');
  });
});
