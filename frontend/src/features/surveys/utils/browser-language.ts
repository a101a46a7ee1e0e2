import { isSupportedLanguage } from '@/lib/i18n/i18n';

/** The first of the browser's languages that Maturo speaks (any Norwegian as bokmål). */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? []) {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const language = base === 'no' || base === 'nn' ? 'nb' : base;
    if (isSupportedLanguage(language)) return language;
  }
  return undefined;
}
