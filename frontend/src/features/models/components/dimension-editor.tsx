import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/lib/i18n/i18n';
import { textIn, type DraftDimension, type DraftItem } from '../utils/draft';
import { LocalizedTextField } from './localized-text-field';
import { StatementEditor, type FieldErrors, type LineageSource } from './statement-editor';
import { KeyAndWeightFields } from './key-and-weight-fields';
import { MoveRemoveButtons } from './move-remove-buttons';

interface DimensionEditorProps {
  dimension: DraftDimension;
  index: number;
  count: number;
  language: LanguageCode;
  sourceNumber?: number;
  sources: readonly LineageSource[];
  takenSources: ReadonlySet<string>;
  errors: FieldErrors;
  onChange: (patch: Partial<DraftDimension>) => void;
  onChangeItem: (itemIndex: number, patch: Partial<DraftItem>) => void;
  onMoveItem: (itemIndex: number, delta: number) => void;
  onRemoveItem: (itemIndex: number) => void;
  onAddItem: () => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One dimension of a draft with its statements, in order. */
export function DimensionEditor({
  dimension,
  index,
  count,
  language,
  sourceNumber,
  sources,
  takenSources,
  errors,
  onChange,
  onChangeItem,
  onMoveItem,
  onRemoveItem,
  onAddItem,
  onMove,
  onRemove,
}: DimensionEditorProps) {
  const { t, i18n } = useTranslation();
  const id = `dimension-${dimension.uid}`;
  const path = `dimensions[${index}]`;
  const title = t('models.editor.dimensionTitle', {
    number: index + 1,
    name: textIn(dimension.name, i18n.language) || dimension.key,
  });
  const keyError = errors.of(`${path}.key`);
  const weightError = errors.of(`${path}.weight`);

  return (
    <section className="card dimension" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <LocalizedTextField
        key={`name-${language}`}
        id={`${id}-name`}
        label={t('models.editor.dimensionName')}
        texts={dimension.name}
        onChange={(name) => onChange({ name })}
        initialLanguage={language}
        error={errors.of(`${path}.name`)}
        languageErrors={errors.languagesOf(`${path}.name`)}
      />
      <div className="statement-row">
        <KeyAndWeightFields
          id={id}
          keyValue={dimension.key}
          weight={dimension.weight}
          weightLabel={t('models.editor.dimensionWeight')}
          keyError={keyError}
          weightError={weightError}
          onChange={onChange}
        />
      </div>
      <MoveRemoveButtons
        title={title}
        index={index}
        count={count}
        removeLabel={t('models.editor.removeDimension')}
        onMove={onMove}
        onRemove={onRemove}
      />

      <h4>{t('models.editor.statements', { count: dimension.items.length })}</h4>
      {dimension.items.length === 0 && <p className="muted">{t('models.editor.noStatements')}</p>}
      {dimension.items.map((item, i) => (
        <StatementEditor
          key={item.uid}
          item={item}
          path={`${path}.items[${i}]`}
          index={i}
          count={dimension.items.length}
          language={language}
          sourceNumber={sourceNumber}
          sources={sources}
          takenSources={takenSources}
          errors={errors}
          onChange={(patch) => onChangeItem(i, patch)}
          onMove={(delta) => onMoveItem(i, delta)}
          onRemove={() => onRemoveItem(i)}
        />
      ))}
      <div>
        <button type="button" className="button" onClick={onAddItem}>
          {t('models.editor.addStatement')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
    </section>
  );
}
