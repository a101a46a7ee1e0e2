/**
 * The text of a locale → text map (model names and statements come from the API this way) in the reader's
 * language, falling back to the base language, English, and then any language present.
 */
export function localized(texts: Record<string, string> | undefined, language: string): string {
  if (!texts) return '';
  const base = language.split('-')[0] ?? language;
  return texts[language] ?? texts[base] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
