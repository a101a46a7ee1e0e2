import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '@/components/mutation-error';
import { ApiError } from '@/lib/api/problem';
import { isSupportedLanguage, LANGUAGES, type LanguageCode } from '@/lib/i18n/i18n';
import { useDeleteDraft, usePublishVersion, useSaveDraft, type ModelVersion } from '../api/models';
import {
  draftFromVersion,
  missingTranslationCounts,
  move,
  newDimension,
  newItem,
  textIn,
  toDraftRequest,
  validateDraft,
  type DraftDimension,
  type DraftItem,
  type EditorDraft,
} from '../utils/draft';
import { DimensionEditor } from './dimension-editor';
import type { FieldErrors, LineageSource } from './statement-editor';

function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Edits a draft version as a whole: level limits, dimensions and statements. Saving sends everything at once;
 * publishing freezes the saved state.
 */
export function DraftEditor({
  version,
  sourceVersion,
  onDeleted,
}: {
  version: ModelVersion;
  sourceVersion?: ModelVersion;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const save = useSaveDraft(version.modelId, version.id);
  const publish = usePublishVersion(version.modelId, version.id);
  const remove = useDeleteDraft(version.modelId);
  const [draft, setDraft] = useState<EditorDraft>(() => draftFromVersion(version));
  const [baseline, setBaseline] = useState(() =>
    JSON.stringify(toDraftRequest(draftFromVersion(version))),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState<'publish' | 'delete' | null>(null);
  const [language, setLanguage] = useState<LanguageCode>(
    isSupportedLanguage(i18n.language) ? i18n.language : 'en',
  );

  const dirty = useMemo(
    () => JSON.stringify(toDraftRequest(draft)) !== baseline,
    [draft, baseline],
  );
  const missing = useMemo(() => missingTranslationCounts(draft), [draft]);

  const sourceNumber = version.derivedFromId ? sourceVersion?.number : undefined;
  const sources: LineageSource[] = useMemo(
    () =>
      (sourceVersion?.dimensions ?? []).flatMap((d) =>
        d.items.map((item) => ({
          id: item.id,
          label: `${item.key}: ${excerpt(textIn(item.employeeText, i18n.language))}`,
        })),
      ),
    [sourceVersion, i18n.language],
  );
  const takenSources = useMemo(
    () =>
      new Set(
        draft.dimensions.flatMap((d) =>
          d.items.map((i) => i.derivedFromId).filter((v): v is string => Boolean(v)),
        ),
      ),
    [draft],
  );

  const serverError = save.error instanceof ApiError ? save.error : null;
  const errors: FieldErrors = {
    of: (path) =>
      clientErrors[path]
        ? t(clientErrors[path])
        : serverError?.messagesFor(path).join(' ') || undefined,
    languagesOf: (path) =>
      Object.fromEntries(
        LANGUAGES.map((l) => [l.code, errors.of(`${path}.${l.code}`)]).filter(([, e]) => e),
      ),
  };
  const errorSummary = [
    ...Object.entries(clientErrors).map(([path, key]) => ({ path, message: t(key) })),
    ...(serverError?.fieldErrors.map((e) => ({ path: e.field, message: e.message })) ?? []),
  ];

  function change(next: EditorDraft) {
    setDraft(next);
    setSaved(false);
    setConfirming(null);
  }

  function changeDimension(d: number, patch: Partial<DraftDimension>) {
    change({
      ...draft,
      dimensions: draft.dimensions.map((dimension, i) =>
        i === d ? { ...dimension, ...patch } : dimension,
      ),
    });
  }

  function changeItems(d: number, items: (list: DraftItem[]) => DraftItem[]) {
    changeDimension(d, { items: items(draft.dimensions[d]?.items ?? []) });
  }

  function addDimension() {
    const dimension = newDimension(draft);
    change({ ...draft, dimensions: [...draft.dimensions, dimension] });
    focusSoon(`dimension-${dimension.uid}-name-${language}`);
  }

  function addItem(d: number) {
    const item = newItem(draft);
    changeItems(d, (items) => [...items, item]);
    focusSoon(`statement-${item.uid}-employee-${language}`);
  }

  function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    save.reset();
    const found = validateDraft(draft);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      focusSoon(`${id}-summary`);
      return;
    }
    const body = toDraftRequest(draft);
    save.mutate(body, {
      onSuccess: (result) => {
        const next = draftFromVersion(result);
        setDraft(next);
        setBaseline(JSON.stringify(toDraftRequest(next)));
        setSaved(true);
      },
      onError: () => focusSoon(`${id}-summary`),
    });
  }

  return (
    <form
      className="form draft-editor"
      noValidate
      onSubmit={handleSave}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('models.editor.title', { number: version.number })}</h2>
      <p>
        {sourceNumber !== undefined
          ? t('models.editor.introDerived', { number: sourceNumber })
          : t('models.editor.intro')}
      </p>

      <div id={`${id}-summary`} tabIndex={-1} role="status" aria-live="polite">
        {saved && <p className="alert alert-success">{t('models.editor.saved')}</p>}
        {errorSummary.length > 0 ? (
          <div className="alert alert-error">
            <p>{t('models.editor.notSaved', { count: errorSummary.length })}</p>
            <ul>
              {errorSummary.map((e) => (
                <li key={`${e.path}-${e.message}`}>{e.message}</li>
              ))}
            </ul>
          </div>
        ) : (
          <MutationError error={save.error} />
        )}
      </div>

      <div className="card">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('models.editor.showLanguage')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value as LanguageCode)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <p className="field-hint">
          {t('models.editor.missingSummary', {
            summary: LANGUAGES.map((l) =>
              t('models.editor.missingCount', { language: l.name, count: missing[l.code] }),
            ).join(', '),
          })}
        </p>
      </div>

      <fieldset className="card">
        <legend>{t('models.editor.levels')}</legend>
        <p className="field-hint">{t('models.editor.levelsHint')}</p>
        <div className="statement-row">
          <NumberField
            id={`${id}-low`}
            label={t('models.editor.lowUpTo')}
            value={draft.lowUpTo}
            min={1.01}
            max={4.99}
            error={errors.of('lowUpTo')}
            onChange={(lowUpTo) => change({ ...draft, lowUpTo })}
          />
          <NumberField
            id={`${id}-medium`}
            label={t('models.editor.mediumUpTo')}
            value={draft.mediumUpTo}
            min={1.01}
            max={4.99}
            error={errors.of('mediumUpTo')}
            onChange={(mediumUpTo) => change({ ...draft, mediumUpTo })}
          />
        </div>
      </fieldset>

      {errors.of('dimensions') && <p className="field-error">{errors.of('dimensions')}</p>}
      {draft.dimensions.length === 0 && <p className="muted">{t('models.editor.noDimensions')}</p>}
      {draft.dimensions.map((dimension, d) => (
        <DimensionEditor
          key={dimension.uid}
          dimension={dimension}
          index={d}
          count={draft.dimensions.length}
          language={language}
          sourceNumber={sourceNumber}
          sources={sources}
          takenSources={takenSources}
          errors={errors}
          onChange={(patch) => changeDimension(d, patch)}
          onChangeItem={(i, patch) =>
            changeItems(d, (items) =>
              items.map((item, j) => (j === i ? { ...item, ...patch } : item)),
            )
          }
          onMoveItem={(i, delta) => changeItems(d, (items) => move(items, i, delta))}
          onRemoveItem={(i) => {
            changeItems(d, (items) => items.filter((_, j) => j !== i));
            focusSoon(`dimension-${dimension.uid}-title`);
          }}
          onAddItem={() => addItem(d)}
          onMove={(delta) => change({ ...draft, dimensions: move(draft.dimensions, d, delta) })}
          onRemove={() => {
            change({ ...draft, dimensions: draft.dimensions.filter((_, j) => j !== d) });
            focusSoon(`${id}-add-dimension`);
          }}
        />
      ))}
      <div>
        <button id={`${id}-add-dimension`} type="button" className="button" onClick={addDimension}>
          {t('models.editor.addDimension')}
        </button>
      </div>

      <div className="card action-bar">
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('models.editor.saving') : t('models.editor.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={dirty || save.isPending}
            aria-describedby={dirty ? `${id}-publish-hint` : undefined}
            onClick={() => setConfirming('publish')}
          >
            {t('models.editor.publish')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirming('delete')}
          >
            {t('models.editor.deleteDraft')}
          </button>
        </div>
        {dirty && (
          <p id={`${id}-publish-hint`} className="field-hint">
            {t('models.editor.unsaved')}
          </p>
        )}
        <div role="status" aria-live="polite">
          <MutationError error={publish.error ?? remove.error} />
        </div>
        {confirming === 'publish' && (
          <div className="confirm" role="group" aria-labelledby={`${id}-confirm-publish`}>
            <p id={`${id}-confirm-publish`}>
              {t('models.editor.confirmPublish', { number: version.number })}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                autoFocus
                disabled={publish.isPending}
                onClick={() => publish.mutate(undefined, { onSuccess: () => setConfirming(null) })}
              >
                {t('models.editor.publishConfirm', { number: version.number })}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {t('models.cancel')}
              </button>
            </div>
          </div>
        )}
        {confirming === 'delete' && (
          <div className="confirm" role="group" aria-labelledby={`${id}-confirm-delete`}>
            <p id={`${id}-confirm-delete`}>
              {t('models.editor.confirmDelete', { number: version.number })}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button-danger"
                autoFocus
                disabled={remove.isPending}
                onClick={() => remove.mutate(version.id, { onSuccess: onDeleted })}
              >
                {t('models.editor.deleteConfirm', { number: version.number })}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {t('models.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </form>
  );
}

function NumberField({
  id,
  label,
  value,
  min,
  max,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  min: number;
  max: number;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={0.01}
        min={min}
        max={max}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function excerpt(text: string) {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}
