/** A maturity index on 1-5 with two decimals, in the reader's number format; "—" when there is none. */
export function formatIndex(value: number | null | undefined, locale: string): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A maturity index on 0-100, as a whole number. */
export function formatIndex100(value: number | null | undefined, locale: string): string {
  if (value == null) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
