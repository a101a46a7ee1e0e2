import type { Submission, Survey } from '../api/surveys';

/** An answer on the 1-5 scale, or "don't know". */
export type DraftAnswer = 1 | 2 | 3 | 4 | 5 | 'dontKnow';

/**
 * What the respondent has entered so far. Kept only on this device (localStorage) and sent to the
 * server only with the final submission, which uses the same idempotency key on every retry.
 */
export interface SurveyDraft {
  idempotencyKey: string;
  answers: Record<string, DraftAnswer>;
  comments: Record<string, string>;
}

export const MAX_COMMENT_LENGTH = 2000;
const STORAGE_PREFIX = 'maturo.survey-draft.';

export function newDraft(idempotencyKey: string = crypto.randomUUID()): SurveyDraft {
  return { idempotencyKey, answers: {}, comments: {} };
}

/**
 * The storage key for a survey's draft: a SHA-256 of the link or cycle, so the link itself (a
 * credential) is never written to storage.
 */
export async function draftStorageKey(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return STORAGE_PREFIX + hex;
}

function isDraftAnswer(value: unknown): value is DraftAnswer {
  return value === 'dontKnow' || (typeof value === 'number' && [1, 2, 3, 4, 5].includes(value));
}

/** The stored draft, or null when there is none or it cannot be read. */
export function loadDraft(storage: Storage, key: string): SurveyDraft | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { idempotencyKey, answers, comments } = parsed as Record<string, unknown>;
    if (typeof idempotencyKey !== 'string' || !idempotencyKey) return null;
    const draft = newDraft(idempotencyKey);
    if (typeof answers === 'object' && answers !== null) {
      for (const [id, value] of Object.entries(answers)) {
        if (isDraftAnswer(value)) draft.answers[id] = value;
      }
    }
    if (typeof comments === 'object' && comments !== null) {
      for (const [id, value] of Object.entries(comments)) {
        if (typeof value === 'string') draft.comments[id] = value;
      }
    }
    return draft;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Storage, key: string, draft: SurveyDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage may be full or unavailable (private mode): the draft then lasts for this page only.
  }
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** Ids of the survey's statements, in the order they are asked. */
export function statementIds(survey: Survey): string[] {
  return survey.dimensions.flatMap((d) => d.statements.map((s) => s.id));
}

export function answeredCount(survey: Survey, draft: SurveyDraft): number {
  return statementIds(survey).filter((id) => draft.answers[id] !== undefined).length;
}

/** The statements still without an answer (neither a value nor "don't know"). */
export function unansweredIds(survey: Survey, draft: SurveyDraft): string[] {
  return statementIds(survey).filter((id) => draft.answers[id] === undefined);
}

export function commentLength(text: string): number {
  return Array.from(text).length;
}

/**
 * The request body: every statement of the survey ("don't know" has no value), and the comments
 * that are not blank, as typed. Throws when a statement has no answer yet.
 */
export function buildSubmission(survey: Survey, draft: SurveyDraft): Submission {
  const answers = statementIds(survey).map((itemId) => {
    const answer = draft.answers[itemId];
    if (answer === undefined) {
      throw new Error(`Statement ${itemId} has no answer`);
    }
    return answer === 'dontKnow' ? { itemId } : { itemId, value: answer };
  });
  const comments = survey.dimensions
    .map((d) => ({ dimensionId: d.id, text: draft.comments[d.id] ?? '' }))
    .filter((c) => c.text.trim() !== '');
  return { idempotencyKey: draft.idempotencyKey, answers, comments };
}
