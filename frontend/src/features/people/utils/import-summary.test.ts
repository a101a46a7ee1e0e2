import { MAX_IMPORT_BYTES, rowErrorKey, summarisePreview } from './import-summary';

const row = (line: number, errors: { column: string; code: string; message: string }[] = []) => ({
  line,
  email: `p${line}@x.test`,
  name: `P ${line}`,
  department: '',
  roles: ['EMPLOYEE' as const],
  errors,
});

describe('summarisePreview', () => {
  it('cannot import before a preview exists', () => {
    expect(summarisePreview(undefined)).toEqual({ total: 0, rowsWithErrors: 0, canImport: false });
  });

  it('allows the import only when no row has an error', () => {
    expect(summarisePreview({ rows: [row(2), row(3)], errorCount: 0 })).toEqual({
      total: 2,
      rowsWithErrors: 0,
      canImport: true,
    });
  });

  it('counts rows, not errors, and blocks the import', () => {
    const bad = [
      { column: 'email', code: 'email_invalid', message: 'x' },
      { column: 'locale', code: 'locale_unknown', message: 'y' },
    ];
    expect(summarisePreview({ rows: [row(2), row(3, bad)], errorCount: 2 })).toEqual({
      total: 2,
      rowsWithErrors: 1,
      canImport: false,
    });
  });

  it('does not offer an import of an empty file', () => {
    expect(summarisePreview({ rows: [], errorCount: 0 }).canImport).toBe(false);
  });
});

describe('rowErrorKey', () => {
  it('maps known codes to translations and leaves unknown ones to the server text', () => {
    expect(rowErrorKey('department_unknown')).toBe('import.rowErrors.department_unknown');
    expect(rowErrorKey('something_new')).toBeNull();
  });

  it('limits files to 2 MB like the server', () => {
    expect(MAX_IMPORT_BYTES).toBe(2097152);
  });
});
