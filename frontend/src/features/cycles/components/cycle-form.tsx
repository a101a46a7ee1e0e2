import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { useDepartments } from '@/features/departments/api/get-departments';
import { buildDepartmentTree, flattenTree } from '@/features/departments/utils/build-tree';
import { ApiError } from '@/lib/api/problem';
import { useModels, useModelVersion, type CycleRequest } from '../api/cycles';
import {
  ROLE_LEVELS,
  toRequest,
  validateDraft,
  type CycleDraft,
  type CycleDraftErrors,
} from '../utils/cycle-draft';
import { statementsPerPulse } from '../utils/rotation';

interface CycleFormProps {
  initial: CycleDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (request: CycleRequest) => void;
}

/** The plan of a survey: what is asked, of whom, when, and how often. */
export function CycleForm({ initial, submitLabel, pending, error, onSubmit }: CycleFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<CycleDraft>(initial);
  const [errors, setErrors] = useState<CycleDraftErrors>({});
  const models = useModels();
  const departments = useDepartments();
  const set = (change: Partial<CycleDraft>) => setDraft((d) => ({ ...d, ...change }));
  const apiError = error instanceof ApiError ? error : null;

  const versions = useMemo(
    () =>
      (models.data ?? []).flatMap((model) =>
        model.versions
          .filter((v) => v.status === 'PUBLISHED')
          .map((v) => ({
            modelId: model.id,
            versionId: v.id,
            label: `${model.name}, v${v.number}`,
          })),
      ),
    [models.data],
  );
  const selected = versions.find((v) => v.versionId === draft.modelVersionId) ?? null;
  const version = useModelVersion(selected?.modelId ?? null, selected?.versionId ?? null);
  const statementCount =
    version.data?.dimensions.reduce((sum, d) => sum + d.items.length, 0) ?? null;
  const departmentOptions = useMemo(
    () => flattenTree(buildDepartmentTree(departments.data ?? [], i18n.language)),
    [departments.data, i18n.language],
  );

  const fieldError = (field: keyof CycleDraft) =>
    (errors[field] ? t(errors[field]) : null) || apiError?.messagesFor(field).join(' ') || null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(toRequest(draft));
  }

  const rotation = Number(draft.pulseRotation);
  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <div role="status" aria-live="polite">
        <MutationError error={error} />
      </div>
      <FormField id={`${id}-name`} label={t('cycles.form.name')} error={fieldError('name')}>
        {(control) => (
          <input
            {...control}
            required
            maxLength={200}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </FormField>
      <fieldset className="field">
        <legend>{t('cycles.form.kind')}</legend>
        {(['PULSE', 'ASSESSMENT'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={draft.kind === kind}
              onChange={() => set({ kind })}
            />{' '}
            {t(`cycles.kindExplained.${kind}`)}
          </label>
        ))}
      </fieldset>
      <FormField
        id={`${id}-model`}
        label={t('cycles.form.model')}
        hint={versions.length === 0 && !models.isPending ? t('cycles.form.noModels') : undefined}
        error={fieldError('modelVersionId')}
      >
        {(control) => (
          <select
            {...control}
            value={draft.modelVersionId}
            onChange={(e) => set({ modelVersionId: e.target.value })}
          >
            <option value="">{t('cycles.form.chooseModel')}</option>
            {versions.map((v) => (
              <option key={v.versionId} value={v.versionId}>
                {v.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {draft.kind === 'PULSE' && (
        <FormField
          id={`${id}-rotation`}
          label={t('cycles.form.rotation')}
          hint={
            statementCount !== null && rotation >= 1
              ? t('cycles.form.rotationExplained', {
                  perPulse: statementsPerPulse(statementCount, rotation),
                  statements: statementCount,
                  rotation,
                })
              : t('cycles.form.rotationHint')
          }
          error={fieldError('pulseRotation')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={52}
              value={draft.pulseRotation}
              onChange={(e) => set({ pulseRotation: e.target.value })}
            />
          )}
        </FormField>
      )}
      <FormField
        id={`${id}-department`}
        label={t('cycles.form.department')}
        hint={t('cycles.form.departmentHint')}
        error={fieldError('audienceDepartmentId')}
      >
        {(control) => (
          <select
            {...control}
            value={draft.audienceDepartmentId}
            onChange={(e) => set({ audienceDepartmentId: e.target.value })}
          >
            <option value="">{t('cycles.form.wholeOrganisation')}</option>
            {departmentOptions.map((node) => (
              <option key={node.department.id} value={node.department.id}>
                {'\u2003'.repeat(node.depth)}
                {node.department.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="field" aria-describedby={`${id}-levels-hint`}>
        <legend>{t('cycles.form.roleLevels')}</legend>
        {ROLE_LEVELS.map((level) => (
          <label key={level} className="checkbox">
            <input
              type="checkbox"
              checked={draft.audienceRoleLevels.includes(level)}
              onChange={(e) =>
                set({
                  audienceRoleLevels: e.target.checked
                    ? [...draft.audienceRoleLevels, level]
                    : draft.audienceRoleLevels.filter((l) => l !== level),
                })
              }
            />{' '}
            {t(`roleLevels.${level}`)}
          </label>
        ))}
        <p id={`${id}-levels-hint`} className="field-hint">
          {t('cycles.form.roleLevelsHint')}
        </p>
      </fieldset>
      <FormField id={`${id}-opens`} label={t('cycles.form.opensAt')} error={fieldError('opensAt')}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={draft.opensAt}
            onChange={(e) => set({ opensAt: e.target.value })}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-closes`}
        label={t('cycles.form.closesAt')}
        error={fieldError('closesAt')}
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={draft.closesAt}
            onChange={(e) => set({ closesAt: e.target.value })}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-recurrence`}
        label={t('cycles.form.recurrence')}
        hint={t('cycles.form.recurrenceHint')}
        error={fieldError('recurrence')}
      >
        {(control) => (
          <select
            {...control}
            value={draft.recurrence}
            onChange={(e) => set({ recurrence: e.target.value as CycleDraft['recurrence'] })}
          >
            {(['NONE', 'MONTHLY', 'QUARTERLY'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`cycles.recurrence.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-reminders`}
        label={t('cycles.form.reminders')}
        hint={t('cycles.form.remindersHint')}
        error={fieldError('reminderIntervalDays')}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            max={30}
            value={draft.reminderIntervalDays}
            onChange={(e) => set({ reminderIntervalDays: e.target.value })}
          />
        )}
      </FormField>
      <label className="field-checkbox">
        <input
          type="checkbox"
          checked={draft.outsideIn}
          onChange={(e) => set({ outsideIn: e.target.checked })}
        />{' '}
        {t('cycles.form.outsideIn')}
      </label>
      <button type="submit" className="button button-primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
