import type { ModelVersion } from '../api/models';
import {
  draftFromVersion,
  missingLanguages,
  missingTranslationCounts,
  move,
  newDimension,
  newItem,
  textIn,
  toDraftRequest,
  validateDraft,
  type EditorDraft,
} from './draft';

const version: ModelVersion = {
  id: 'v2',
  modelId: 'm1',
  modelName: 'Growth',
  number: 2,
  status: 'DRAFT',
  derivedFromId: 'v1',
  lowUpTo: 2.5,
  mediumUpTo: 3.75,
  dimensions: [
    {
      id: 'd1',
      key: 'vision',
      name: { en: 'Vision', nb: 'Visjon' },
      weight: 1,
      items: [
        {
          id: 'i1',
          key: 'vision-1',
          lineageId: 'l1',
          derivedFromId: 'old-i1',
          employeeText: { en: 'We have a vision.', da: 'Vi har en vision.' },
          customerText: {},
          reverseScored: false,
          weight: 2.5,
          benchmarkKey: 'cx-vision',
        },
        {
          id: 'i2',
          key: 'vision-2',
          lineageId: 'l2',
          employeeText: { en: 'Nobody knows the goal.' },
          customerText: { en: 'I do not know what they aim for.' },
          reverseScored: true,
          weight: 1,
        },
      ],
    },
  ],
};

function dimensionAt(draft: EditorDraft, d: number) {
  const dimension = draft.dimensions[d];
  if (!dimension) throw new Error(`no dimension ${d}`);
  return dimension;
}

function itemAt(draft: EditorDraft, d: number, i: number) {
  const item = dimensionAt(draft, d).items[i];
  if (!item) throw new Error(`no statement ${d}/${i}`);
  return item;
}

describe('toDraftRequest', () => {
  it('round-trips a version into the PUT body with carried-over ids and numbers as numbers', () => {
    expect(toDraftRequest(draftFromVersion(version))).toEqual({
      lowUpTo: 2.5,
      mediumUpTo: 3.75,
      dimensions: [
        {
          key: 'vision',
          name: { en: 'Vision', nb: 'Visjon' },
          weight: 1,
          items: [
            {
              key: 'vision-1',
              employeeText: { en: 'We have a vision.', da: 'Vi har en vision.' },
              reverseScored: false,
              weight: 2.5,
              benchmarkKey: 'cx-vision',
              derivedFromId: 'old-i1',
            },
            {
              key: 'vision-2',
              employeeText: { en: 'Nobody knows the goal.' },
              customerText: { en: 'I do not know what they aim for.' },
              reverseScored: true,
              weight: 1,
            },
          ],
        },
      ],
    });
  });

  it('trims texts and keys, drops blank languages and an all-blank customer text', () => {
    const draft = draftFromVersion(version);
    const item = itemAt(draft, 0, 0);
    item.key = '  vision-1 ';
    item.employeeText = { en: '  Trimmed.  ', nb: '   ', sv: 'Svensk' };
    item.customerText = { da: ' ' };
    item.derivedFromId = undefined;
    const body = toDraftRequest(draft).dimensions[0]?.items[0];
    expect(body?.key).toBe('vision-1');
    expect(body?.employeeText).toEqual({ en: 'Trimmed.', sv: 'Svensk' });
    expect(body).not.toHaveProperty('customerText');
    expect(body).not.toHaveProperty('derivedFromId');
  });
});

describe('missing translations', () => {
  it('names the languages without wording, blank counting as missing', () => {
    expect(missingLanguages({ en: 'Yes', nb: ' ', sv: 'Ja' })).toEqual(['nb', 'da']);
    expect(missingLanguages(undefined)).toEqual(['en', 'nb', 'da', 'sv']);
  });

  it('counts gaps per language, ignoring statements not asked of customers', () => {
    const counts = missingTranslationCounts(draftFromVersion(version));
    // name: da, sv; vision-1 employee: nb, sv (no customer text at all); vision-2 employee + customer: nb, da, sv each.
    expect(counts).toEqual({ en: 0, nb: 3, da: 3, sv: 4 });
  });
});

describe('textIn', () => {
  it('falls back to English, then to any language', () => {
    expect(textIn({ en: 'Vision', nb: 'Visjon' }, 'nb')).toBe('Visjon');
    expect(textIn({ en: 'Vision', nb: 'Visjon' }, 'sv')).toBe('Vision');
    expect(textIn({ da: 'Vision (da)' }, 'sv')).toBe('Vision (da)');
    expect(textIn({}, 'sv')).toBe('');
  });
});

describe('validateDraft', () => {
  function valid(): EditorDraft {
    return draftFromVersion(version);
  }

  it('accepts a valid draft', () => {
    expect(validateDraft(valid())).toEqual({});
  });

  it('reports problems by the same field paths the server uses', () => {
    const draft = valid();
    draft.lowUpTo = '1';
    draft.mediumUpTo = '5';
    dimensionAt(draft, 0).key = 'Vision_1';
    itemAt(draft, 0, 1).key = 'vision-1';
    itemAt(draft, 0, 0).employeeText = { en: ' ' };
    itemAt(draft, 0, 0).customerText = { sv: 'x'.repeat(501) };
    itemAt(draft, 0, 1).weight = '0';
    dimensionAt(draft, 0).weight = '1.255';
    itemAt(draft, 0, 1).derivedFromId = 'old-i1';
    expect(validateDraft(draft)).toEqual({
      lowUpTo: 'models.errors.lowUpTo',
      mediumUpTo: 'models.errors.mediumUpTo',
      'dimensions[0].key': 'models.errors.keyFormat',
      'dimensions[0].weight': 'models.errors.weightDecimals',
      'dimensions[0].items[0].employeeText': 'models.errors.textRequired',
      'dimensions[0].items[0].customerText.sv': 'models.errors.textTooLong',
      'dimensions[0].items[1].key': 'models.errors.keyTaken',
      'dimensions[0].items[1].weight': 'models.errors.weight',
      'dimensions[0].items[1].derivedFromId': 'models.errors.carriedTwice',
    });
  });

  it('wants the medium level to end above the low level', () => {
    const draft = valid();
    draft.lowUpTo = '3.5';
    draft.mediumUpTo = '3.5';
    expect(validateDraft(draft)).toEqual({ mediumUpTo: 'models.errors.mediumAboveLow' });
  });
});

describe('editing helpers', () => {
  it('moves an element up and down and leaves the ends alone', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives new dimensions and statements keys no one uses yet', () => {
    const draft = valid();
    itemAt(draft, 0, 0).key = 'statement-1';
    const dimension = newDimension(draft);
    const item = newItem(draft);
    expect(dimension.key).toBe('dimension-1');
    expect(item.key).toBe('statement-2');
    expect(item.derivedFromId).toBeUndefined();
    expect(dimension.uid).not.toBe(item.uid);
  });

  function valid(): EditorDraft {
    return draftFromVersion(version);
  }
});
