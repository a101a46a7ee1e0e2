import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useImportPeople, usePreviewImport } from '@/features/people/api/import-people';
import {
  MAX_IMPORT_BYTES,
  rowErrorKey,
  summarisePreview,
} from '@/features/people/utils/import-summary';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { TableRegion } from '@/components/table-region';
import { MutationError } from '@/components/mutation-error';

export function PeopleImportRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const preview = usePreviewImport();
  const importPeople = useImportPeople();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const summary = summarisePreview(preview.data);
  const failure = importPeople.error ?? preview.error;

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setImported(null);
    setFileError(null);
    preview.reset();
    importPeople.reset();
    setCsv(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(t('import.tooLarge'));
      return;
    }
    const text = await file.text();
    setCsv(text);
    preview.mutate(text, { onSettled: () => summaryRef.current?.focus() });
  }

  function runImport() {
    if (!csv) return;
    importPeople.mutate(csv, {
      onSuccess: (result) => {
        setImported(result.imported);
        preview.reset();
        setCsv(null);
        summaryRef.current?.focus();
      },
    });
  }

  return (
    <section className="page" aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <pre className="csv-example">
        email;name;department;role_level;roles;locale{'\n'}
        kari@example.com;Kari Nordmann;Kundeservice/Privat;FRONTLINE;EMPLOYEE;nb
      </pre>
      <p className="muted">{t('import.columns')}</p>

      <div className="form">
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? 'import-file-error' : undefined}
            onChange={(e) => void chooseFile(e)}
          />
          {fileError && (
            <p id="import-file-error" className="field-error">
              {fileError}
            </p>
          )}
        </div>
      </div>

      <div ref={summaryRef} tabIndex={-1} role="status" aria-live="polite">
        {imported !== null && (
          <p className="alert alert-success">
            {t('import.done', { count: imported })} <Link to="/people">{t('import.toPeople')}</Link>
          </p>
        )}
        {preview.isPending && <p>{t('import.checking')}</p>}
        {preview.data && (
          <p className={summary.canImport ? 'alert alert-success' : 'alert alert-error'}>
            {summary.canImport
              ? t('import.ready', { count: summary.total })
              : t('import.hasErrors', { count: summary.rowsWithErrors })}
          </p>
        )}
        <MutationError error={failure} />
      </div>

      {preview.data && (
        <>
          <TableRegion label={t('import.caption')}>
            <table>
              <caption>{t('import.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('people.fields.email')}</th>
                  <th scope="col">{t('people.fields.name')}</th>
                  <th scope="col">{t('people.fields.department')}</th>
                  <th scope="col">{t('people.fields.roleLevel')}</th>
                  <th scope="col">{t('people.fields.roles')}</th>
                  <th scope="col">{t('people.fields.locale')}</th>
                  <th scope="col">{t('import.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.data.rows.map((row) => (
                  <tr key={row.line} className={row.errors.length > 0 ? 'row-error' : undefined}>
                    <th scope="row">{row.line}</th>
                    <td>{row.email}</td>
                    <td>{row.name}</td>
                    <td>{row.department}</td>
                    <td>{row.roleLevel ? t(`roleLevels.${row.roleLevel}`) : ''}</td>
                    <td>{row.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                    <td>{row.locale ?? ''}</td>
                    <td>
                      {row.errors.length === 0 ? (
                        <span className="muted">{t('import.ok')}</span>
                      ) : (
                        <ul className="row-errors">
                          {row.errors.map((error) => {
                            const key = rowErrorKey(error.code);
                            return (
                              <li key={`${error.column}-${error.code}`}>
                                {key ? t(key) : error.message}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <button
            type="button"
            className="button button-primary"
            disabled={!summary.canImport || importPeople.isPending}
            onClick={runImport}
          >
            {t('import.submit', { count: summary.total })}
          </button>
        </>
      )}
    </section>
  );
}
