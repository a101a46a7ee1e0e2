import { browserLanguage } from './browser-language';

describe('browserLanguage', () => {
  it('takes the first language Maturo speaks, any Norwegian as bokmål', () => {
    expect(browserLanguage(['de-DE', 'sv-SE', 'en'])).toBe('sv');
    expect(browserLanguage(['nn-NO'])).toBe('nb');
    expect(browserLanguage(['no'])).toBe('nb');
    expect(browserLanguage(['da'])).toBe('da');
  });

  it('leaves the choice to the organisation when none is spoken', () => {
    expect(browserLanguage(['de', 'fr'])).toBeUndefined();
    expect(browserLanguage([])).toBeUndefined();
  });
});
