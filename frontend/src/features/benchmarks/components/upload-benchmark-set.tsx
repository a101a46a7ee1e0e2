import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { TableRegion } from '@/components/table-region';
import { ApiError } from '@/lib/api/problem';
import { useCreateBenchmarkSet, usePreviewBenchmarks } from '../api/platform-benchmarks';
import {
  BENCHMARK_CSV_TEMPLATE,
  MAX_BENCHMARK_BYTES,
  benchmarkRowErrorKey,
  detailProblems,
  formatShare,
  summariseBenchmarkPreview,
} from '../utils/benchmark-import';

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(BENCHMARK_CSV_TEMPLATE)}`;

/** Load a new benchmark set: its details, a CSV file checked row by row, then saved all or nothing. */
export function UploadBenchmarkSet({ onCreated }: { onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const preview = usePreviewBenchmarks();
  const create = useCreateBenchmarkSet();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const summary = summariseBenchmarkPreview(preview.data);
  const details = { key: key.trim(), name, source, year: Number(year), description };
  const problems = detailProblems(details);
  const failure = create.error ?? preview.error;

  function fieldError(field: keyof typeof problems) {
    const server =
      create.error instanceof ApiError ? create.error.messagesFor(field).join(' ') : '';
    const local = submitted && problems[field] ? t(problems[field]) : '';
    return [local, server].filter(Boolean).join(' ') || null;
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setSaved(null);
    setFileError(null);
    preview.reset();
    create.reset();
    setCsv(null);
    if (!file) return;
    if (file.size > MAX_BENCHMARK_BYTES) {
      setFileError(t('benchmarks.upload.tooLarge'));
      return;
    }
    const text = await file.text();
    setCsv(text);
    preview.mutate(text, { onSettled: () => summaryRef.current?.focus() });
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!csv || Object.keys(problems).length > 0) return;
    create.mutate(
      { csv, details: { ...details, description: description.trim() || undefined } },
      {
        onSuccess: (set) => {
          setSaved(set.name);
          preview.reset();
          setCsv(null);
          setSubmitted(false);
          summaryRef.current?.focus();
          onCreated(set.id);
        },
      },
    );
  }

  return (
    <section aria-labelledby="benchmark-upload-title">
      <h2 id="benchmark-upload-title">{t('benchmarks.upload.heading')}</h2>
      <p>{t('benchmarks.upload.intro')}</p>
      <pre className="csv-example">{BENCHMARK_CSV_TEMPLATE.split('\n').slice(0, 3).join('\n')}</pre>
      <p className="muted">{t('benchmarks.upload.columns')}</p>
      <p>
        <a href={TEMPLATE_HREF} download="benchmark-template.csv">
          {t('benchmarks.upload.template')}
        </a>
      </p>

      <form className="form" noValidate onSubmit={save}>
        <FormField
          id="benchmark-key"
          label={t('benchmarks.upload.key')}
          hint={t('benchmarks.upload.keyHint')}
          error={fieldError('key')}
        >
          {(control) => (
            <input
              {...control}
              required
              autoCapitalize="none"
              maxLength={63}
              value={key}
              onChange={(e) => setKey(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="benchmark-name"
          label={t('benchmarks.upload.name')}
          error={fieldError('name')}
        >
          {(control) => (
            <input
              {...control}
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="benchmark-source"
          label={t('benchmarks.upload.source')}
          hint={t('benchmarks.upload.sourceHint')}
          error={fieldError('source')}
        >
          {(control) => (
            <textarea
              {...control}
              required
              maxLength={1000}
              rows={2}
              value={source}
              onChange={(e) => setSource(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="benchmark-year"
          label={t('benchmarks.upload.year')}
          error={fieldError('year')}
        >
          {(control) => (
            <input
              {...control}
              required
              type="number"
              inputMode="numeric"
              min={1900}
              max={2200}
              value={year}
              onChange={(e) => setYear(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="benchmark-description"
          label={t('benchmarks.upload.description')}
          error={fieldError('description')}
        >
          {(control) => (
            <textarea
              {...control}
              maxLength={2000}
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="benchmark-file" label={t('benchmarks.upload.file')} error={fileError}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void chooseFile(e)}
            />
          )}
        </FormField>

        <div ref={summaryRef} tabIndex={-1} role="status" aria-live="polite">
          {saved !== null && (
            <p className="alert alert-success">{t('benchmarks.upload.saved', { name: saved })}</p>
          )}
          {preview.isPending && <p>{t('benchmarks.upload.checking')}</p>}
          {preview.data && (
            <p className={summary.valid ? 'alert alert-success' : 'alert alert-error'}>
              {summary.valid
                ? t('benchmarks.upload.ready', { count: summary.total })
                : t('benchmarks.upload.hasErrors', { count: summary.rowsWithErrors })}
            </p>
          )}
          <MutationError error={failure} />
        </div>

        {preview.data && (
          <TableRegion label={t('benchmarks.upload.caption')}>
            <table>
              <caption>{t('benchmarks.upload.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('benchmarks.upload.row')}</th>
                  <th scope="col">{t('benchmarks.columns.kind')}</th>
                  <th scope="col">{t('benchmarks.columns.key')}</th>
                  <th scope="col" className="numeric">
                    {t('benchmarks.columns.share')}
                  </th>
                  <th scope="col">{t('benchmarks.columns.segment')}</th>
                  <th scope="col">{t('benchmarks.upload.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.data.rows.map((row) => (
                  <tr key={row.line} className={row.errors.length > 0 ? 'row-error' : undefined}>
                    <th scope="row">{row.line}</th>
                    <td>{row.kind}</td>
                    <td>
                      <code>{row.key}</code>
                    </td>
                    <td className="numeric">
                      {row.share == null ? '' : formatShare(row.share, i18n.language)}
                    </td>
                    <td>{row.segment}</td>
                    <td>
                      {row.errors.length === 0 ? (
                        <span className="muted">{t('benchmarks.upload.ok')}</span>
                      ) : (
                        <ul className="row-errors">
                          {row.errors.map((error) => {
                            const errorKey = benchmarkRowErrorKey(error.code);
                            return (
                              <li key={`${error.column}-${error.code}`}>
                                {errorKey ? t(errorKey) : error.message}
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
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={!summary.valid || create.isPending}
        >
          {t('benchmarks.upload.submit', { count: summary.total })}
        </button>
      </form>
    </section>
  );
}
