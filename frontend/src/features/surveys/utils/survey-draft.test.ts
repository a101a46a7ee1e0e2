import type { Survey } from '../api/surveys';
import {
  answeredCount,
  buildSubmission,
  clearDraft,
  commentLength,
  draftStorageKey,
  loadDraft,
  newDraft,
  saveDraft,
  unansweredIds,
} from './survey-draft';

const survey: Survey = {
  cycleId: 'c1',
  cycleName: 'Spring pulse',
  kind: 'PULSE',
  closesAt: '2026-12-01T00:00:00Z',
  organisation: 'Nordlys',
  language: 'en',
  respondent: 'EMPLOYEE',
  dimensions: [
    {
      id: 'd1',
      name: 'Vision',
      statements: [
        { id: 's1', text: 'One' },
        { id: 's2', text: 'Two' },
      ],
    },
    { id: 'd2', name: 'Leadership', statements: [{ id: 's3', text: 'Three' }] },
  ],
};

describe('draft storage', () => {
  it('keys the draft by a SHA-256 of the link, never the link itself', async () => {
    const key = await draftStorageKey('link:a_secret-token');
    expect(key).toMatch(/^maturo\.survey-draft\.[0-9a-f]{64}$/);
    expect(key).not.toContain('secret');
    expect(await draftStorageKey('link:a_secret-token')).toBe(key);
    expect(await draftStorageKey('link:another')).not.toBe(key);
  });

  it('survives a reload: what is saved is loaded again, and clearing removes it', () => {
    const draft = newDraft('3f0c6a8e-0000-4000-8000-000000000001');
    draft.answers.s1 = 4;
    draft.answers.s2 = 'dontKnow';
    draft.comments.d1 = '<b>as typed</b>';
    saveDraft(window.localStorage, 'k', draft);
    expect(loadDraft(window.localStorage, 'k')).toEqual(draft);
    clearDraft(window.localStorage, 'k');
    expect(loadDraft(window.localStorage, 'k')).toBeNull();
  });

  it('ignores damaged or foreign content instead of failing', () => {
    window.localStorage.setItem('bad-json', '{not json');
    window.localStorage.setItem('no-key', JSON.stringify({ answers: { s1: 3 } }));
    window.localStorage.setItem(
      'odd-values',
      JSON.stringify({
        idempotencyKey: 'k',
        answers: { s1: 9, s2: 'x', s3: 2 },
        comments: { d1: 5 },
      }),
    );
    expect(loadDraft(window.localStorage, 'bad-json')).toBeNull();
    expect(loadDraft(window.localStorage, 'no-key')).toBeNull();
    expect(loadDraft(window.localStorage, 'odd-values')).toEqual({
      idempotencyKey: 'k',
      answers: { s3: 2 },
      comments: {},
    });
  });

  it('gives every new draft its own idempotency key', () => {
    expect(newDraft().idempotencyKey).not.toBe(newDraft().idempotencyKey);
  });
});

describe('building the submission', () => {
  it('sends every statement in order, "don\'t know" without a value, and non-blank comments as typed', () => {
    const draft = newDraft('key-1');
    draft.answers = { s3: 5, s1: 1, s2: 'dontKnow', stale: 3 };
    draft.comments = { d1: '  <script>x</script>  ', d2: '   ' };
    expect(buildSubmission(survey, draft)).toEqual({
      idempotencyKey: 'key-1',
      answers: [{ itemId: 's1', value: 1 }, { itemId: 's2' }, { itemId: 's3', value: 5 }],
      comments: [{ dimensionId: 'd1', text: '  <script>x</script>  ' }],
    });
  });

  it('counts progress and refuses to build while a statement is unanswered', () => {
    const draft = newDraft('key-2');
    draft.answers = { s1: 3 };
    expect(answeredCount(survey, draft)).toBe(1);
    expect(unansweredIds(survey, draft)).toEqual(['s2', 's3']);
    expect(() => buildSubmission(survey, draft)).toThrow('s2');
  });

  it('counts comment length in characters as the server does', () => {
    expect(commentLength('æøå😀')).toBe(4);
  });
});
