import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchiveDepartment, useUpdateDepartment } from '../api/change-department';
import type { Department } from '../api/get-departments';
import { buildDepartmentTree, flattenTree } from '../utils/build-tree';
import { selfAndDescendants } from '../utils/descendants';
import { TableRegion } from '@/components/table-region';
import { MutationError } from '@/components/mutation-error';

export function ManageDepartments({ departments }: { departments: Department[] }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateDepartment();
  const archive = useArchiveDepartment();
  const [editing, setEditing] = useState<{ id: string; name: string; parentId: string } | null>(
    null,
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const nodes = useMemo(
    () => flattenTree(buildDepartmentTree(departments, i18n.language)),
    [departments, i18n.language],
  );
  const error = update.error ?? archive.error;

  function save(event: FormEvent) {
    event.preventDefault();
    if (!editing || !editing.name.trim()) return;
    update.mutate(
      {
        id: editing.id,
        body: { name: editing.name.trim(), parentId: editing.parentId || undefined },
      },
      {
        onSuccess: (saved) => {
          setEditing(null);
          setStatus(t('departments.manage.saved', { name: saved.name }));
        },
      },
    );
  }

  function toggleArchive(department: Department) {
    archive.mutate(
      { id: department.id, archive: !department.archivedAt },
      {
        onSuccess: (saved) => {
          setConfirming(null);
          setStatus(
            t(saved.archivedAt ? 'departments.manage.archived' : 'departments.manage.restored', {
              name: saved.name,
            }),
          );
        },
      },
    );
  }

  return (
    <div>
      <h2>{t('departments.manage.heading')}</h2>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert-success">{status}</p>}
        <MutationError error={error} />
      </div>
      <TableRegion label={t('departments.manage.caption')}>
        <table>
          <caption>{t('departments.manage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('departments.add.name')}</th>
              <th scope="col">{t('departments.manage.status')}</th>
              <th scope="col">{t('people.actions.label')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map(({ department, depth }) => {
              const excluded =
                editing?.id === department.id
                  ? selfAndDescendants(departments, department.id)
                  : null;
              return (
                <tr key={department.id}>
                  <th scope="row">
                    {editing?.id === department.id ? (
                      <form className="inline-form" onSubmit={save}>
                        <label htmlFor="edit-department-name" className="visually-hidden">
                          {t('departments.add.name')}
                        </label>
                        <input
                          id="edit-department-name"
                          autoFocus
                          maxLength={120}
                          value={editing.name}
                          onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                        />
                        <label htmlFor="edit-department-parent">
                          {t('departments.manage.parent')}
                        </label>
                        <select
                          id="edit-department-parent"
                          value={editing.parentId}
                          onChange={(e) => setEditing({ ...editing, parentId: e.target.value })}
                        >
                          <option value="">{t('departments.add.noParent')}</option>
                          {nodes
                            .filter(
                              (n) => !n.department.archivedAt && !excluded?.has(n.department.id),
                            )
                            .map((n) => (
                              <option key={n.department.id} value={n.department.id}>
                                {`${'\u00a0\u00a0'.repeat(n.depth)}${n.department.name}`}
                              </option>
                            ))}
                        </select>
                        <button
                          type="submit"
                          className="button button-primary"
                          disabled={update.isPending}
                        >
                          {t('departments.manage.save')}
                        </button>
                        <button type="button" className="button" onClick={() => setEditing(null)}>
                          {t('people.actions.cancel')}
                        </button>
                      </form>
                    ) : (
                      <span style={{ paddingInlineStart: `${depth}rem` }}>{department.name}</span>
                    )}
                  </th>
                  <td>
                    {department.archivedAt
                      ? t('departments.manage.isArchived')
                      : t('departments.manage.isActive')}
                  </td>
                  <td className="actions">
                    {confirming === department.id ? (
                      <>
                        <span>
                          {t(
                            department.archivedAt
                              ? 'departments.manage.confirmRestore'
                              : 'departments.manage.confirmArchive',
                            { name: department.name },
                          )}
                        </span>{' '}
                        <button
                          type="button"
                          className="button button-primary"
                          autoFocus
                          onClick={() => toggleArchive(department)}
                        >
                          {t('people.actions.confirm')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button"
                          onClick={() => setConfirming(null)}
                        >
                          {t('people.actions.cancel')}
                        </button>
                      </>
                    ) : (
                      <>
                        {!department.archivedAt && (
                          <button
                            type="button"
                            className="button"
                            aria-label={t('departments.manage.editNamed', {
                              name: department.name,
                            })}
                            onClick={() => {
                              update.reset();
                              setEditing({
                                id: department.id,
                                name: department.name,
                                parentId: department.parentId ?? '',
                              });
                            }}
                          >
                            {t('people.actions.edit')}
                          </button>
                        )}{' '}
                        <button
                          type="button"
                          className="button"
                          aria-label={t(
                            department.archivedAt
                              ? 'departments.manage.restoreNamed'
                              : 'departments.manage.archiveNamed',
                            { name: department.name },
                          )}
                          onClick={() => {
                            archive.reset();
                            setConfirming(department.id);
                          }}
                        >
                          {t(
                            department.archivedAt
                              ? 'departments.manage.restore'
                              : 'departments.manage.archive',
                          )}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}
