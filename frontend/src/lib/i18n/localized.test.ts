import { describe, expect, it } from 'vitest';
import { localized } from './localized';

describe('localized', () => {
  it('prefers the reader’s language, then English, then any', () => {
    expect(localized({ en: 'Insight', nb: 'Innsikt' }, 'nb')).toBe('Innsikt');
    expect(localized({ en: 'Insight', nb: 'Innsikt' }, 'sv')).toBe('Insight');
    expect(localized({ da: 'Indsigt' }, 'sv')).toBe('Indsigt');
    expect(localized({ nb: 'Innsikt' }, 'nb-NO')).toBe('Innsikt');
    expect(localized({}, 'en')).toBe('');
    expect(localized(undefined, 'en')).toBe('');
  });
});
