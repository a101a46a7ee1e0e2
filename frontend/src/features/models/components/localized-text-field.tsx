import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '@/lib/i18n/i18n';
import { MAX_TEXT, missingLanguages, type Texts } from '../utils/draft';

interface LocalizedTextFieldProps {
  id: string;
  label: string;
  texts: Texts;
  onChange: (texts: Texts) => void;
  /** The language shown first; each field can then switch on its own. */
  initialLanguage: LanguageCode;
  multiline?: boolean;
  /** Optional texts (the customer wording) may be empty in every language. */
  optional?: boolean;
  optionalHint?: string;
  /** Errors for the whole text, and per language, already translated. */
  error?: string;
  languageErrors?: Partial<Record<LanguageCode, string>>;
}

/** One text in four languages: a language switch per field, with the languages still missing named. */
export function LocalizedTextField({
  id,
  label,
  texts,
  onChange,
  initialLanguage,
  multiline = false,
  optional = false,
  optionalHint,
  error,
  languageErrors = {},
}: LocalizedTextFieldProps) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<LanguageCode>(initialLanguage);
  const missing = missingLanguages(texts);
  const allMissing = missing.length === LANGUAGES.length;
  const languageName = (code: LanguageCode) => LANGUAGES.find((l) => l.code === code)?.name ?? code;
  const inputId = `${id}-${language}`;
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const languageErrorList = LANGUAGES.filter((l) => languageErrors[l.code]);
  const invalid = Boolean(error || languageErrors[language]);

  const status =
    optional && allMissing
      ? optionalHint
      : missing.length === 0
        ? t('models.editor.allLanguages')
        : t('models.editor.missingLanguages', {
            languages: missing.map(languageName).join(', '),
          });

  const control = {
    id: inputId,
    value: texts[language] ?? '',
    maxLength: MAX_TEXT,
    'aria-invalid': invalid ? (true as const) : undefined,
    'aria-describedby': [invalid ? errorId : null, statusId].filter(Boolean).join(' '),
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...texts, [language]: event.target.value }),
  };

  return (
    <div className="field localized-field">
      <div className="localized-header">
        <label htmlFor={inputId}>
          {t('models.editor.inLanguage', { field: label, language: languageName(language) })}
        </label>
        <div
          className="language-tabs"
          role="group"
          aria-label={t('models.editor.languageOf', { field: label })}
        >
          {LANGUAGES.map((l) => {
            const isMissing = missing.includes(l.code) && !(optional && allMissing);
            return (
              <button
                key={l.code}
                type="button"
                className={`language-tab${isMissing ? ' language-tab-missing' : ''}`}
                aria-pressed={language === l.code}
                onClick={() => setLanguage(l.code)}
              >
                <span aria-hidden="true">{l.code.toUpperCase()}</span>
                <span className="visually-hidden">
                  {isMissing ? t('models.editor.languageMissing', { language: l.name }) : l.name}
                </span>
              </button>
            );
          })}
        </div>
      </div>
      {multiline ? <textarea {...control} rows={2} /> : <input {...control} type="text" />}
      <p id={statusId} className="field-hint">
        {status}
      </p>
      {invalid || languageErrorList.length > 0 ? (
        <div id={errorId} className="field-error">
          {error && <p>{error}</p>}
          {languageErrorList.map((l) => (
            <p key={l.code}>
              {l.name}: {languageErrors[l.code]}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
