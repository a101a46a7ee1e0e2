import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/lib/i18n/i18n';
import type { DraftItem } from '../utils/draft';
import { LocalizedTextField } from './localized-text-field';
import { KeyAndWeightFields } from './key-and-weight-fields';
import { MoveRemoveButtons } from './move-remove-buttons';

export interface LineageSource {
  id: string;
  label: string;
}

export interface FieldErrors {
  /** The translated error of one field path, if any. */
  of: (path: string) => string | undefined;
  /** Errors of a text's single languages (path + ".nb" etc.). */
  languagesOf: (path: string) => Partial<Record<LanguageCode, string>>;
}

interface StatementEditorProps {
  item: DraftItem;
  path: string;
  index: number;
  count: number;
  language: LanguageCode;
  /** The number of the version this draft derives from; absent for a first version. */
  sourceNumber?: number;
  sources: readonly LineageSource[];
  /** Earlier statements that other statements of the draft already carry over. */
  takenSources: ReadonlySet<string>;
  errors: FieldErrors;
  onChange: (patch: Partial<DraftItem>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One statement of a draft: key, wording for employees and customers, scoring, weight and lineage. */
export function StatementEditor({
  item,
  path,
  index,
  count,
  language,
  sourceNumber,
  sources,
  takenSources,
  errors,
  onChange,
  onMove,
  onRemove,
}: StatementEditorProps) {
  const { t } = useTranslation();
  const id = `statement-${item.uid}`;
  const title = t('models.editor.statementTitle', { number: index + 1, key: item.key });
  const keyError = errors.of(`${path}.key`);
  const weightError = errors.of(`${path}.weight`);
  const lineageError = errors.of(`${path}.derivedFromId`);

  return (
    <fieldset className="statement" aria-label={title}>
      <legend>
        {title}{' '}
        {item.derivedFromId ? (
          <span className="badge badge-carried">
            {t('models.editor.carriedOver', { number: sourceNumber })}
          </span>
        ) : sourceNumber !== undefined ? (
          <span className="badge badge-new">{t('models.editor.newStatement')}</span>
        ) : null}
      </legend>

      {sourceNumber !== undefined && (
        <div className="field">
          <label htmlFor={`${id}-lineage`}>{t('models.editor.lineage')}</label>
          <select
            id={`${id}-lineage`}
            value={item.derivedFromId ?? ''}
            aria-describedby={`${id}-lineage-hint${lineageError ? ` ${id}-lineage-error` : ''}`}
            aria-invalid={lineageError ? true : undefined}
            onChange={(e) => onChange({ derivedFromId: e.target.value || undefined })}
          >
            <option value="">{t('models.editor.treatAsNew')}</option>
            {sources.map((source) => (
              <option
                key={source.id}
                value={source.id}
                disabled={source.id !== item.derivedFromId && takenSources.has(source.id)}
              >
                {t('models.editor.carryOverFrom', { number: sourceNumber, label: source.label })}
              </option>
            ))}
          </select>
          <p id={`${id}-lineage-hint`} className="field-hint">
            {t('models.editor.lineageHint')}
          </p>
          {lineageError && (
            <p id={`${id}-lineage-error`} className="field-error">
              {lineageError}
            </p>
          )}
        </div>
      )}

      <LocalizedTextField
        key={`employee-${language}`}
        id={`${id}-employee`}
        label={t('models.editor.employeeText')}
        texts={item.employeeText}
        onChange={(employeeText) => onChange({ employeeText })}
        initialLanguage={language}
        multiline
        error={errors.of(`${path}.employeeText`)}
        languageErrors={errors.languagesOf(`${path}.employeeText`)}
      />
      <LocalizedTextField
        key={`customer-${language}`}
        id={`${id}-customer`}
        label={t('models.editor.customerText')}
        texts={item.customerText}
        onChange={(customerText) => onChange({ customerText })}
        initialLanguage={language}
        multiline
        optional
        optionalHint={t('models.editor.customerTextHint')}
        error={errors.of(`${path}.customerText`)}
        languageErrors={errors.languagesOf(`${path}.customerText`)}
      />

      <div className="statement-row">
        <KeyAndWeightFields
          id={id}
          keyValue={item.key}
          weight={item.weight}
          weightLabel={t('models.editor.weight')}
          keyError={keyError}
          weightError={weightError}
          onChange={onChange}
        />
        <div className="field field-checkbox">
          <input
            id={`${id}-reverse`}
            type="checkbox"
            checked={item.reverseScored}
            aria-describedby={`${id}-reverse-hint`}
            onChange={(e) => onChange({ reverseScored: e.target.checked })}
          />
          <label htmlFor={`${id}-reverse`}>{t('models.editor.reverseScored')}</label>
          <p id={`${id}-reverse-hint`} className="field-hint">
            {t('models.editor.reverseScoredHint')}
          </p>
        </div>
      </div>

      <MoveRemoveButtons
        title={title}
        index={index}
        count={count}
        removeLabel={t('models.editor.removeStatement')}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
