import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { ApiError, errorMessageKey } from '@/lib/api/problem';
import { useCreateApiToken } from '../api/api-tokens';

/** Issues a token; its secret is shown here once and can never be read again. */
export function CreateApiTokenForm() {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [validityDays, setValidityDays] = useState(90);
  const [secret, setSecret] = useState<string | null>(null);
  const apiError = create.error instanceof ApiError ? create.error : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSecret(null);
    create.mutate(
      { name: name.trim(), scopes: ['SCIM'], validityDays },
      {
        onSuccess: (created) => {
          setSecret(created.secret);
          setName('');
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('apiTokens.create.heading')}</h2>
      <p>{t('apiTokens.create.scimExplained')}</p>
      <div role="status" aria-live="polite">
        {secret && (
          <div className="alert alert-success">
            <p>{t('apiTokens.create.shownOnce')}</p>
            <label htmlFor={`${id}-secret`}>{t('apiTokens.create.secret')}</label>
            <input
              id={`${id}-secret`}
              className="secret"
              readOnly
              value={secret}
              onFocus={(e) => e.target.select()}
            />
          </div>
        )}
        {create.error && !apiError?.fieldErrors.length && (
          <p className="alert alert-error">{t(errorMessageKey(create.error))}</p>
        )}
      </div>
      <FormField
        id={`${id}-name`}
        label={t('apiTokens.create.name')}
        hint={t('apiTokens.create.nameHint')}
        error={apiError?.messagesFor('name').join(' ') || null}
      >
        {(control) => (
          <input
            {...control}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-validity`}
        label={t('apiTokens.create.validity')}
        error={apiError?.messagesFor('validityDays').join(' ') || null}
      >
        {(control) => (
          <select
            {...control}
            value={validityDays}
            onChange={(e) => setValidityDays(Number(e.target.value))}
          >
            {[30, 90, 365, 730].map((days) => (
              <option key={days} value={days}>
                {t('apiTokens.create.days', { count: days })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button
        type="submit"
        className="button button-primary"
        disabled={create.isPending || !name.trim()}
      >
        {t('apiTokens.create.submit')}
      </button>
    </form>
  );
}
