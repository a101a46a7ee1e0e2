import type { BenchmarkImportPreview, BenchmarkSetDetails } from '../api/platform-benchmarks';

export const MAX_BENCHMARK_BYTES = 256 * 1024;

/** The example offered for download on the benchmarks page and shown in docs/guides/benchmarks.md. */
export const BENCHMARK_CSV_TEMPLATE =
  'kind,key,share,segment\n' +
  'statement,long-term-investment,46,\n' +
  'statement,documenting-effects,36,\n' +
  'statement,coherent-experience,44,\n' +
  'statement,data-and-insight,61,\n' +
  'statement,leadership-motivates,47,\n' +
  'statement,leadership-ownership,35,organisations with 500+ employees\n' +
  'level,HIGH,14,\n' +
  'level,MEDIUM,37,\n' +
  'level,LOW,49,\n';

const ROW_ERROR_CODES = [
  'columns_missing',
  'kind_unknown',
  'key_missing',
  'benchmark_key_unknown',
  'level_unknown',
  'key_duplicate',
  'share_missing',
  'share_invalid',
  'share_out_of_range',
  'level_total',
  'segment_too_long',
  'segment_on_level',
];

/** The i18n key for a row error code from the server; unknown codes fall back to the server's text. */
export function benchmarkRowErrorKey(code: string): string | null {
  return ROW_ERROR_CODES.includes(code) ? `benchmarks.rowErrors.${code}` : null;
}

export interface BenchmarkPreviewSummary {
  total: number;
  rowsWithErrors: number;
  valid: boolean;
}

export function summariseBenchmarkPreview(
  preview: BenchmarkImportPreview | undefined,
): BenchmarkPreviewSummary {
  if (!preview) return { total: 0, rowsWithErrors: 0, valid: false };
  const rowsWithErrors = preview.rows.filter((row) => row.errors.length > 0).length;
  return {
    total: preview.rows.length,
    rowsWithErrors,
    valid: preview.rows.length > 0 && rowsWithErrors === 0,
  };
}

export const SET_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Which details are missing or malformed before the set can be saved (field name to i18n key). */
export function detailProblems(
  details: BenchmarkSetDetails,
): Partial<Record<keyof BenchmarkSetDetails, string>> {
  const problems: Partial<Record<keyof BenchmarkSetDetails, string>> = {};
  if (!SET_KEY_PATTERN.test(details.key)) problems.key = 'benchmarks.upload.keyInvalid';
  if (!details.name.trim()) problems.name = 'benchmarks.upload.required';
  if (!details.source.trim()) problems.source = 'benchmarks.upload.required';
  if (!Number.isInteger(details.year) || details.year < 1900 || details.year > 2200)
    problems.year = 'benchmarks.upload.yearInvalid';
  return problems;
}

/** A share as the reader writes percentages: "46 %", "20.4 %" in their language. */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    share / 100,
  );
}
