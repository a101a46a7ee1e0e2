import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '@/lib/api/problem';
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
    nameHint: `${id}-name-hint`,
    nameError: `${id}-name-error`,
    parent: `${id}-parent`,
    parentError: `${id}-parent-error`,
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
        {create.error && !hasFieldErrors && (
          <p className="alert alert-error">
            {t(errorMessageKey(create.error))}
            {apiError?.problem?.detail && (
              <span className="alert-detail"> {apiError.problem.detail}</span>
            )}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={ids.name}>{t('departments.add.name')}</label>
        <input
          id={ids.name}
          name="name"
          type="text"
          autoComplete="off"
          required
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={shownNameError ? true : undefined}
          aria-describedby={shownNameError ? `${ids.nameError} ${ids.nameHint}` : ids.nameHint}
        />
        <p id={ids.nameHint} className="field-hint">
          {t('departments.add.nameHint')}
        </p>
        {shownNameError && (
          <p id={ids.nameError} className="field-error">
            {shownNameError}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={ids.parent}>{t('departments.add.parent')}</label>
        <select
          id={ids.parent}
          name="parentId"
          value={parentId}
          onChange={(e) => setParentId(e.target.value)}
          aria-invalid={serverParentError ? true : undefined}
          aria-describedby={serverParentError ? ids.parentError : undefined}
        >
          <option value="">{t('departments.add.noParent')}</option>
          {options.map((node) => (
            <option key={node.department.id} value={node.department.id}>
              {`${'\u00a0\u00a0'.repeat(node.depth)}${node.department.name}`}
            </option>
          ))}
        </select>
        {serverParentError && (
          <p id={ids.parentError} className="field-error">
            {serverParentError}
          </p>
        )}
      </div>

      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {create.isPending ? t('departments.add.submitting') : t('departments.add.submit')}
      </button>
    </form>
  );
}
