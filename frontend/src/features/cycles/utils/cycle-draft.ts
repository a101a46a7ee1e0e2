import type { Cycle, CycleKind, CycleRequest, Recurrence } from '../api/cycles';

export const ROLE_LEVELS = [
  'TOP_MANAGEMENT',
  'MIDDLE_MANAGEMENT',
  'SPECIALIST',
  'FRONTLINE',
] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

/** The survey form's state; dates as the browser's datetime-local values (local time). */
export interface CycleDraft {
  name: string;
  kind: CycleKind;
  modelVersionId: string;
  pulseRotation: string;
  audienceDepartmentId: string;
  audienceRoleLevels: RoleLevel[];
  opensAt: string;
  closesAt: string;
  recurrence: Recurrence;
  reminderIntervalDays: string;
  outsideIn: boolean;
}

export type CycleDraftErrors = Partial<Record<keyof CycleDraft, string>>;

/** A datetime-local value (yyyy-MM-ddTHH:mm) for a moment, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** A new survey: opening tomorrow at nine, open for two weeks. */
export function emptyDraft(now: Date = new Date()): CycleDraft {
  const opens = new Date(now);
  opens.setDate(opens.getDate() + 1);
  opens.setHours(9, 0, 0, 0);
  const closes = new Date(opens);
  closes.setDate(closes.getDate() + 14);
  return {
    name: '',
    kind: 'PULSE',
    modelVersionId: '',
    pulseRotation: '4',
    audienceDepartmentId: '',
    audienceRoleLevels: [],
    opensAt: toLocalInput(opens),
    closesAt: toLocalInput(closes),
    recurrence: 'NONE',
    reminderIntervalDays: '',
    outsideIn: false,
  };
}

export function draftOf(cycle: Cycle): CycleDraft {
  return {
    name: cycle.name,
    kind: cycle.kind,
    modelVersionId: cycle.modelVersionId,
    pulseRotation: cycle.pulseRotation ? String(cycle.pulseRotation) : '4',
    audienceDepartmentId: cycle.audienceDepartmentId ?? '',
    audienceRoleLevels: (cycle.audienceRoleLevels ?? []) as RoleLevel[],
    opensAt: toLocalInput(new Date(cycle.opensAt)),
    closesAt: toLocalInput(new Date(cycle.closesAt)),
    recurrence: cycle.recurrence,
    reminderIntervalDays: cycle.reminderIntervalDays ? String(cycle.reminderIntervalDays) : '',
    outsideIn: cycle.outsideIn,
  };
}

/** i18n keys of the problems the browser can see before asking the server. */
export function validateDraft(draft: CycleDraft): CycleDraftErrors {
  const errors: CycleDraftErrors = {};
  if (!draft.name.trim()) errors.name = 'cycles.form.errors.nameRequired';
  if (!draft.modelVersionId) errors.modelVersionId = 'cycles.form.errors.modelRequired';
  const rotation = Number(draft.pulseRotation);
  if (draft.kind === 'PULSE' && !(Number.isInteger(rotation) && rotation >= 1 && rotation <= 52)) {
    errors.pulseRotation = 'cycles.form.errors.rotation';
  }
  const opens = Date.parse(draft.opensAt);
  const closes = Date.parse(draft.closesAt);
  if (Number.isNaN(opens)) errors.opensAt = 'cycles.form.errors.dateRequired';
  if (Number.isNaN(closes)) errors.closesAt = 'cycles.form.errors.dateRequired';
  else if (!Number.isNaN(opens) && closes <= opens)
    errors.closesAt = 'cycles.form.errors.closesAfterOpens';
  const reminder = Number(draft.reminderIntervalDays);
  if (
    draft.reminderIntervalDays &&
    !(Number.isInteger(reminder) && reminder >= 1 && reminder <= 30)
  ) {
    errors.reminderIntervalDays = 'cycles.form.errors.reminder';
  }
  return errors;
}

export function toRequest(draft: CycleDraft): CycleRequest {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    modelVersionId: draft.modelVersionId,
    opensAt: new Date(draft.opensAt).toISOString(),
    closesAt: new Date(draft.closesAt).toISOString(),
    recurrence: draft.recurrence,
    pulseRotation: draft.kind === 'PULSE' ? Number(draft.pulseRotation) : undefined,
    audienceDepartmentId: draft.audienceDepartmentId || undefined,
    audienceRoleLevels: draft.audienceRoleLevels.length ? draft.audienceRoleLevels : undefined,
    reminderIntervalDays: draft.reminderIntervalDays
      ? Number(draft.reminderIntervalDays)
      : undefined,
    outsideIn: draft.outsideIn,
  };
}
