import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { ApiError } from '@/lib/api/problem';
import { useCreateDepartment } from '../api/create-department';
import type { DepartmentNode } from '../utils/build-tree';

const MAX_NAME_LENGTH = 120;

export function CreateDepartmentForm({ options }: { options: DepartmentNode[] }) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateDepartment();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const ids = {
    name: `${id}-name`,
    parent: `${id}-parent`,
    status: `${id}-status`,
  };

  const apiError = create.error instanceof ApiError ? create.error : null;
  const serverNameError = apiError?.messagesFor('name').join(' ') || null;
  const serverParentError = apiError?.messagesFor('parentId').join(' ') || null;
  const shownNameError = nameError ?? serverNameError;
  const hasFieldErrors = Boolean(serverNameError || serverParentError);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const trimmed = name.trim();
    const error = !trimmed
      ? t('departments.errors.nameRequired')
      : trimmed.length > MAX_NAME_LENGTH
        ? t('departments.errors.nameTooLong')
        : null;
    setNameError(error);
    if (error) {
      document.getElementById(ids.name)?.focus();
      return;
    }
    create.mutate(
      { name: trimmed, parentId: parentId || undefined },
      {
        onSuccess: (department) => {
          setName('');
          setParentId('');
          setCreated(t('departments.add.created', { name: department.name }));
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('departments.add.heading')}</h2>

      <div id={ids.status} role="status" aria-live="polite">
        {created && <p className="alert alert-success">{created}</p>}
        {!hasFieldErrors && <MutationError error={create.error} />}
      </div>

      <FormField
        id={ids.name}
        label={t('departments.add.name')}
        hint={t('departments.add.nameHint')}
        error={shownNameError}
      >
        {(control) => (
          <input
            {...control}
            name="name"
            type="text"
            autoComplete="off"
            required
            maxLength={MAX_NAME_LENGTH}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>

      <FormField id={ids.parent} label={t('departments.add.parent')} error={serverParentError}>
        {(control) => (
          <select
            {...control}
            name="parentId"
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
          >
            <option value="">{t('departments.add.noParent')}</option>
            {options.map((node) => (
              <option key={node.department.id} value={node.department.id}>
                {`${'\u00a0\u00a0'.repeat(node.depth)}${node.department.name}`}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? t('departments.add.submitting') : t('departments.add.submit')}
      </button>
    </form>
  );
}
