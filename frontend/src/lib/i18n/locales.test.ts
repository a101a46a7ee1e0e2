import da from './locales/da.json';
import en from './locales/en.json';
import nb from './locales/nb.json';
import sv from './locales/sv.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const locales: Record<string, Tree> = { en, nb, da, sv };
const reference = [...flatten(en).keys()].sort();

describe('locale files', () => {
  it('has a reasonable number of keys in the reference locale', () => {
    expect(reference.length).toBeGreaterThan(50);
  });

  it.each(Object.keys(locales))('%s has exactly the same keys as en', (code) => {
    expect([...flatten(locales[code]!).keys()].sort()).toEqual(reference);
  });

  it.each(Object.keys(locales))('%s has only non-empty string values', (code) => {
    for (const [key, value] of flatten(locales[code]!)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('translates sign-in into each language', () => {
    expect([en, nb, da, sv].map((l) => l.login.submit)).toEqual([
      'Sign in',
      'Logg inn',
      'Log ind',
      'Logga in',
    ]);
  });
});
