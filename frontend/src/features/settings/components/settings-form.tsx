import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { LanguageOptions } from '@/components/language-options';
import { ApiError, errorMessageKey } from '@/lib/api/problem';
import { useUpdateTenantSettings, type TenantSettings } from '../api/tenant-settings';

export const MIN_ANONYMITY_THRESHOLD = 3;

export function SettingsForm({ settings }: { settings: TenantSettings }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateTenantSettings();
  const [values, setValues] = useState(settings);
  const [thresholdError, setThresholdError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const apiError = update.error instanceof ApiError ? update.error : null;
  const fieldError = (field: string) => apiError?.messagesFor(field).join(' ') || null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const threshold = values.anonymityThreshold;
    const problem =
      !Number.isInteger(threshold) || threshold < MIN_ANONYMITY_THRESHOLD
        ? t('settings.thresholdTooLow', { min: MIN_ANONYMITY_THRESHOLD })
        : null;
    setThresholdError(problem);
    if (problem) {
      document.getElementById(`${id}-threshold`)?.focus();
      return;
    }
    update.mutate({ ...values, name: values.name.trim() }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-success">{t('settings.saved')}</p>}
        {update.error && !apiError?.fieldErrors.length && (
          <p className="alert alert-error">{t(errorMessageKey(update.error))}</p>
        )}
      </div>
      <FormField id={`${id}-name`} label={t('settings.name')} error={fieldError('name')}>
        {(control) => (
          <input
            {...control}
            required
            maxLength={200}
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
          />
        )}
      </FormField>
      <FormField id={`${id}-locale`} label={t('settings.locale')} hint={t('settings.localeHint')}>
        {(control) => (
          <select
            {...control}
            value={values.defaultLocale}
            onChange={(e) => setValues({ ...values, defaultLocale: e.target.value })}
          >
            <LanguageOptions />
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-threshold`}
        label={t('settings.threshold')}
        hint={t('settings.thresholdHint', { min: MIN_ANONYMITY_THRESHOLD })}
        error={thresholdError ?? fieldError('anonymityThreshold')}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={MIN_ANONYMITY_THRESHOLD}
            max={100}
            value={Number.isNaN(values.anonymityThreshold) ? '' : values.anonymityThreshold}
            onChange={(e) => setValues({ ...values, anonymityThreshold: e.target.valueAsNumber })}
          />
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={update.isPending}>
        {t('settings.save')}
      </button>
    </form>
  );
}
