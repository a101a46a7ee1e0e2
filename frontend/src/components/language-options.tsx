import { LANGUAGES } from '@/lib/i18n/i18n';

/** The four languages as options of a select, each named in its own language. */
export function LanguageOptions() {
  return LANGUAGES.map((language) => (
    <option key={language.code} value={language.code} lang={language.code}>
      {language.name}
    </option>
  ));
}
