import { LANGUAGES, type LanguageCode } from '@/lib/i18n/i18n';
import type { DraftContentRequest, ModelVersion } from '../api/models';

/** Text by language as the editor holds it; blank means missing. */
export type Texts = Partial<Record<LanguageCode, string>>;

export interface DraftItem {
  /** Client-side identity for React keys and focus; never sent. */
  uid: string;
  key: string;
  employeeText: Texts;
  customerText: Texts;
  reverseScored: boolean;
  weight: string;
  benchmarkKey?: string;
  /** The statement of the earlier version this one carries over; absent for a new statement. */
  derivedFromId?: string;
}

export interface DraftDimension {
  uid: string;
  key: string;
  name: Texts;
  weight: string;
  items: DraftItem[];
}

export interface EditorDraft {
  lowUpTo: string;
  mediumUpTo: string;
  dimensions: DraftDimension[];
}

export const MAX_TEXT = 500;
export const MAX_DIMENSIONS = 20;
export const MAX_STATEMENTS = 200;
const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_KEY = 63;

const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

let uidCounter = 0;
function nextUid() {
  uidCounter += 1;
  return `draft-${uidCounter}`;
}

function textsFrom(map: Record<string, string> | undefined): Texts {
  const texts: Texts = {};
  for (const code of LANGUAGE_CODES) {
    const value = map?.[code];
    if (value) texts[code] = value;
  }
  return texts;
}

/** The editor's state for a version as the server sent it. */
export function draftFromVersion(version: ModelVersion): EditorDraft {
  return {
    lowUpTo: String(version.lowUpTo),
    mediumUpTo: String(version.mediumUpTo),
    dimensions: version.dimensions.map((d) => ({
      uid: nextUid(),
      key: d.key,
      name: textsFrom(d.name),
      weight: String(d.weight),
      items: d.items.map((i) => ({
        uid: nextUid(),
        key: i.key,
        employeeText: textsFrom(i.employeeText),
        customerText: textsFrom(i.customerText),
        reverseScored: i.reverseScored,
        weight: String(i.weight),
        benchmarkKey: i.benchmarkKey,
        derivedFromId: i.derivedFromId,
      })),
    })),
  };
}

function cleanTexts(texts: Texts): Record<string, string> {
  const cleaned: Record<string, string> = {};
  for (const code of LANGUAGE_CODES) {
    const value = texts[code]?.trim();
    if (value) cleaned[code] = value;
  }
  return cleaned;
}

/** The body of PUT .../versions/{id}: trimmed texts without blank languages, numbers as numbers. */
export function toDraftRequest(draft: EditorDraft): DraftContentRequest {
  return {
    lowUpTo: Number(draft.lowUpTo),
    mediumUpTo: Number(draft.mediumUpTo),
    dimensions: draft.dimensions.map((d) => ({
      key: d.key.trim(),
      name: cleanTexts(d.name),
      weight: Number(d.weight),
      items: d.items.map((i) => {
        const customerText = cleanTexts(i.customerText);
        return {
          key: i.key.trim(),
          employeeText: cleanTexts(i.employeeText),
          ...(Object.keys(customerText).length > 0 ? { customerText } : {}),
          reverseScored: i.reverseScored,
          weight: Number(i.weight),
          ...(i.benchmarkKey?.trim() ? { benchmarkKey: i.benchmarkKey.trim() } : {}),
          ...(i.derivedFromId ? { derivedFromId: i.derivedFromId } : {}),
        };
      }),
    })),
  };
}

/** The languages a text has no wording in, in the app's language order. */
export function missingLanguages(
  texts: Texts | Record<string, string> | undefined,
): LanguageCode[] {
  return LANGUAGE_CODES.filter((code) => !(texts as Texts | undefined)?.[code]?.trim());
}

/** The text in the wanted language, else English, else any language that has one. */
export function textIn(
  texts: Record<string, string> | Texts | undefined,
  language: string,
): string {
  const map = (texts ?? {}) as Record<string, string | undefined>;
  return (
    map[language]?.trim() ||
    map.en?.trim() ||
    LANGUAGE_CODES.map((code) => map[code]?.trim()).find(Boolean) ||
    ''
  );
}

/** `base-1`, `base-2`, ... the first one not taken. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function allItemKeys(draft: EditorDraft): string[] {
  return draft.dimensions.flatMap((d) => d.items.map((i) => i.key));
}

export function newDimension(draft: EditorDraft): DraftDimension {
  return {
    uid: nextUid(),
    key: uniqueKey(
      'dimension',
      draft.dimensions.map((d) => d.key),
    ),
    name: {},
    weight: '1',
    items: [],
  };
}

export function newItem(draft: EditorDraft): DraftItem {
  return {
    uid: nextUid(),
    key: uniqueKey('statement', allItemKeys(draft)),
    employeeText: {},
    customerText: {},
    reverseScored: false,
    weight: '1',
  };
}

/** A copy of the list with the element at index moved by delta (-1 up, +1 down); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  copy.splice(target, 0, ...copy.splice(index, 1));
  return copy;
}

/** Problems the editor can see before saving: field path (as the server names it) to an i18n key. */
export function validateDraft(draft: EditorDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const low = Number(draft.lowUpTo);
  const medium = Number(draft.mediumUpTo);
  if (draft.lowUpTo.trim() === '' || !Number.isFinite(low) || low <= 1 || low >= 5) {
    errors.lowUpTo = 'models.errors.lowUpTo';
  }
  if (draft.mediumUpTo.trim() === '' || !Number.isFinite(medium) || medium >= 5) {
    errors.mediumUpTo = 'models.errors.mediumUpTo';
  } else if (Number.isFinite(low) && medium <= low) {
    errors.mediumUpTo = 'models.errors.mediumAboveLow';
  }
  if (draft.dimensions.length > MAX_DIMENSIONS)
    errors.dimensions = 'models.errors.tooManyDimensions';
  if (allItemKeys(draft).length > MAX_STATEMENTS)
    errors.dimensions = 'models.errors.tooManyStatements';

  const dimensionKeys = new Set<string>();
  const itemKeys = new Set<string>();
  const carried = new Set<string>();
  draft.dimensions.forEach((dimension, d) => {
    const path = `dimensions[${d}]`;
    checkKey(errors, `${path}.key`, dimension.key, dimensionKeys);
    checkTexts(errors, `${path}.name`, dimension.name, true);
    checkWeight(errors, `${path}.weight`, dimension.weight);
    dimension.items.forEach((item, i) => {
      const itemPath = `${path}.items[${i}]`;
      checkKey(errors, `${itemPath}.key`, item.key, itemKeys);
      checkTexts(errors, `${itemPath}.employeeText`, item.employeeText, true);
      checkTexts(errors, `${itemPath}.customerText`, item.customerText, false);
      checkWeight(errors, `${itemPath}.weight`, item.weight);
      if (item.derivedFromId) {
        if (carried.has(item.derivedFromId)) {
          errors[`${itemPath}.derivedFromId`] = 'models.errors.carriedTwice';
        }
        carried.add(item.derivedFromId);
      }
    });
  });
  return errors;
}

function checkKey(errors: Record<string, string>, path: string, key: string, seen: Set<string>) {
  const trimmed = key.trim();
  if (!trimmed) errors[path] = 'models.errors.keyRequired';
  else if (trimmed.length > MAX_KEY || !KEY_PATTERN.test(trimmed))
    errors[path] = 'models.errors.keyFormat';
  else if (seen.has(trimmed)) errors[path] = 'models.errors.keyTaken';
  seen.add(trimmed);
}

function checkTexts(errors: Record<string, string>, path: string, texts: Texts, required: boolean) {
  for (const code of LANGUAGE_CODES) {
    if ((texts[code]?.trim().length ?? 0) > MAX_TEXT) {
      errors[`${path}.${code}`] = 'models.errors.textTooLong';
    }
  }
  if (required && missingLanguages(texts).length === LANGUAGE_CODES.length) {
    errors[path] = 'models.errors.textRequired';
  }
}

function checkWeight(errors: Record<string, string>, path: string, weight: string) {
  const value = Number(weight);
  if (weight.trim() === '' || !Number.isFinite(value) || value <= 0 || value > 100) {
    errors[path] = 'models.errors.weight';
  } else if (!/^\d+(\.\d{1,2})?$/.test(weight.trim())) {
    errors[path] = 'models.errors.weightDecimals';
  }
}

/** How many statements have no wording in each language; drives the "missing translations" summary. */
export function missingTranslationCounts(draft: EditorDraft): Record<LanguageCode, number> {
  const counts = Object.fromEntries(LANGUAGE_CODES.map((code) => [code, 0])) as Record<
    LanguageCode,
    number
  >;
  for (const dimension of draft.dimensions) {
    for (const code of missingLanguages(dimension.name)) counts[code] += 1;
    for (const item of dimension.items) {
      for (const code of missingLanguages(item.employeeText)) counts[code] += 1;
      const customer = missingLanguages(item.customerText);
      // A statement not asked of customers has no customer wording at all; that is not a gap.
      if (customer.length < LANGUAGE_CODES.length) {
        for (const code of customer) counts[code] += 1;
      }
    }
  }
  return counts;
}
