import type { ImportPreview } from '../api/import-people';

export interface ImportSummary {
  total: number;
  rowsWithErrors: number;
  canImport: boolean;
}

/** What the import page shows above the preview, and whether the import button is enabled. */
export function summarisePreview(preview: ImportPreview | undefined): ImportSummary {
  if (!preview) return { total: 0, rowsWithErrors: 0, canImport: false };
  const rowsWithErrors = preview.rows.filter((row) => row.errors.length > 0).length;
  return {
    total: preview.rows.length,
    rowsWithErrors,
    canImport: preview.rows.length > 0 && rowsWithErrors === 0,
  };
}

/** The i18n key for a row error code from the server; unknown codes fall back to the server's text. */
export function rowErrorKey(code: string): string | null {
  const known = [
    'email_missing',
    'email_invalid',
    'email_duplicate',
    'email_in_use',
    'name_missing',
    'name_too_long',
    'department_unknown',
    'role_level_unknown',
    'role_unknown',
    'locale_unknown',
  ];
  return known.includes(code) ? `import.rowErrors.${code}` : null;
}

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
