import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import type { DepartmentNode } from '@/features/departments/utils/build-tree';
import { LOCALES, ROLE_LEVELS, TENANT_ROLES, type RoleLevel } from '../api/people';
import type { PersonDraft } from '../utils/person-draft';

interface Props {
  idPrefix: string;
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  departments: DepartmentNode[];
  errors: Record<string, string | undefined>;
  withEmail: boolean;
}

export function PersonFields({ idPrefix, draft, onChange, departments, errors, withEmail }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<PersonDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      {withEmail && (
        <FormField id={`${idPrefix}-email`} label={t('people.fields.email')} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={draft.email}
              onChange={(e) => set({ email: e.target.value })}
            />
          )}
        </FormField>
      )}
      <FormField id={`${idPrefix}-name`} label={t('people.fields.name')} error={errors.displayName}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={200}
            value={draft.displayName}
            onChange={(e) => set({ displayName: e.target.value })}
          />
        )}
      </FormField>
      <FormField
        id={`${idPrefix}-department`}
        label={t('people.fields.department')}
        error={errors.departmentId}
      >
        {(control) => (
          <select
            {...control}
            value={draft.departmentId}
            onChange={(e) => set({ departmentId: e.target.value })}
          >
            <option value="">{t('people.none')}</option>
            {departments.map((node) => (
              <option key={node.department.id} value={node.department.id}>
                {`${'\u00a0\u00a0'.repeat(node.depth)}${node.department.name}`}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${idPrefix}-level`} label={t('people.fields.roleLevel')}>
        {(control) => (
          <select
            {...control}
            value={draft.roleLevel}
            onChange={(e) => set({ roleLevel: e.target.value as RoleLevel | '' })}
          >
            <option value="">{t('people.none')}</option>
            {ROLE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`roleLevels.${level}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset
        className="field"
        aria-describedby={errors.roles ? `${idPrefix}-roles-error` : undefined}
      >
        <legend>{t('people.fields.roles')}</legend>
        {TENANT_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={draft.roles.includes(role)}
              onChange={(e) =>
                set({
                  roles: e.target.checked
                    ? [...draft.roles, role]
                    : draft.roles.filter((r) => r !== role),
                })
              }
            />{' '}
            {t(`roles.${role}`)}
          </label>
        ))}
        {errors.roles && (
          <p id={`${idPrefix}-roles-error`} className="field-error">
            {errors.roles}
          </p>
        )}
      </fieldset>
      <FormField id={`${idPrefix}-locale`} label={t('people.fields.locale')}>
        {(control) => (
          <select
            {...control}
            value={draft.locale}
            onChange={(e) => set({ locale: e.target.value })}
          >
            <option value="">{t('people.defaultLocale')}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t(`people.locales.${locale}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
