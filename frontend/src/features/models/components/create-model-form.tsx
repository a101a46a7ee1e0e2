import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { ApiError } from '@/lib/api/problem';
import { useCreateModel, type ModelTemplate } from '../api/models';
import { textIn } from '../utils/draft';

const EMPTY = '';

/** A new model, as a copy of a shipped template or empty; its first version opens as a draft. */
export function CreateModelForm({ templates }: { templates: readonly ModelTemplate[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateModel();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [templateKey, setTemplateKey] = useState<string>(templates[0]?.key ?? EMPTY);
  const [nameError, setNameError] = useState<string | null>(null);

  const apiError = create.error instanceof ApiError ? create.error : null;
  const serverNameError = apiError?.messagesFor('name').join(' ') || null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const error = trimmed ? null : t('models.create.nameRequired');
    setNameError(error);
    if (error) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    create.mutate(
      {
        name: trimmed,
        description: description.trim() || undefined,
        templateKey: templateKey || undefined,
      },
      { onSuccess: (model) => void navigate(`/models/${model.id}`) },
    );
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('models.create.heading')}</h2>
      <div role="status" aria-live="polite">
        {!serverNameError && <MutationError error={create.error} />}
      </div>
      <FormField
        id={`${id}-name`}
        label={t('models.create.name')}
        error={nameError ?? serverNameError}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-description`} label={t('models.create.description')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </FormField>
      <fieldset>
        <legend>{t('models.create.startFrom')}</legend>
        {templates.map((template) => {
          const optionId = `${id}-template-${template.key}`;
          return (
            <div key={template.key} className="template-option">
              <input
                id={optionId}
                type="radio"
                name="template"
                value={template.key}
                checked={templateKey === template.key}
                aria-describedby={`${optionId}-details`}
                onChange={() => setTemplateKey(template.key)}
              />
              <div>
                <label htmlFor={optionId}>{textIn(template.name, i18n.language)}</label>
                <div id={`${optionId}-details`} className="field-hint">
                  <p>{textIn(template.description, i18n.language)}</p>
                  <p>
                    {t('models.create.size', {
                      dimensions: template.dimensionCount,
                      statements: template.statementCount,
                    })}
                  </p>
                  <p>{t('models.create.source', { source: template.source })}</p>
                </div>
              </div>
            </div>
          );
        })}
        <div className="template-option">
          <input
            id={`${id}-template-empty`}
            type="radio"
            name="template"
            value={EMPTY}
            checked={templateKey === EMPTY}
            aria-describedby={`${id}-template-empty-details`}
            onChange={() => setTemplateKey(EMPTY)}
          />
          <div>
            <label htmlFor={`${id}-template-empty`}>{t('models.create.empty')}</label>
            <p id={`${id}-template-empty-details`} className="field-hint">
              {t('models.create.emptyHint')}
            </p>
          </div>
        </div>
      </fieldset>
      <div>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('models.create.creating') : t('models.create.submit')}
        </button>
      </div>
    </form>
  );
}
