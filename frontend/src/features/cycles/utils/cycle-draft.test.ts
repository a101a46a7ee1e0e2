import { emptyDraft, toLocalInput, toRequest, validateDraft, type CycleDraft } from './cycle-draft';

const valid = (): CycleDraft => ({
  ...emptyDraft(new Date(2026, 0, 10, 12, 0)),
  name: ' Monthly pulse ',
  modelVersionId: 'v1',
});

describe('cycle draft', () => {
  it('starts tomorrow at nine for two weeks', () => {
    const draft = emptyDraft(new Date(2026, 0, 10, 12, 0));
    expect(draft.opensAt).toBe('2026-01-11T09:00');
    expect(draft.closesAt).toBe('2026-01-25T09:00');
  });

  it('accepts a complete pulse', () => {
    expect(validateDraft(valid())).toEqual({});
  });

  it('names every missing or impossible value', () => {
    const errors = validateDraft({
      ...valid(),
      name: ' ',
      modelVersionId: '',
      pulseRotation: '0',
      closesAt: '2026-01-11T08:00',
      reminderIntervalDays: '31',
    });
    expect(errors).toEqual({
      name: 'cycles.form.errors.nameRequired',
      modelVersionId: 'cycles.form.errors.modelRequired',
      pulseRotation: 'cycles.form.errors.rotation',
      closesAt: 'cycles.form.errors.closesAfterOpens',
      reminderIntervalDays: 'cycles.form.errors.reminder',
    });
  });

  it('ignores the rotation of an assessment and sends none', () => {
    const draft = { ...valid(), kind: 'ASSESSMENT' as const, pulseRotation: '' };
    expect(validateDraft(draft)).toEqual({});
    expect(toRequest(draft).pulseRotation).toBeUndefined();
  });

  it('sends trimmed text, instants and only the chosen filters', () => {
    const request = toRequest({ ...valid(), audienceRoleLevels: ['FRONTLINE'] });
    expect(request.name).toBe('Monthly pulse');
    expect(request.opensAt).toBe(new Date(2026, 0, 11, 9, 0).toISOString());
    expect(request.pulseRotation).toBe(4);
    expect(request.audienceDepartmentId).toBeUndefined();
    expect(request.audienceRoleLevels).toEqual(['FRONTLINE']);
    expect(request.reminderIntervalDays).toBeUndefined();
  });

  it('formats local inputs with leading zeros', () => {
    expect(toLocalInput(new Date(2026, 2, 5, 7, 4))).toBe('2026-03-05T07:04');
  });
});
