import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useAllDepartments } from '@/features/departments/api/get-departments';
import { buildDepartmentTree, flattenTree } from '@/features/departments/utils/build-tree';
import {
  ROLE_LEVELS,
  useInvitePerson,
  usePeople,
  usePersonAction,
  useUpdatePerson,
  type Person,
  type PeopleFilter,
  type PersonAction,
  type RoleLevel,
} from '@/features/people/api/people';
import { PersonFields } from '@/features/people/components/person-fields';
import { emptyDraft, validateDraft, type PersonDraft } from '@/features/people/utils/person-draft';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api/problem';
import { MutationError } from '@/components/mutation-error';
import { TableRegion } from '@/components/table-region';

function toBody(draft: PersonDraft) {
  return {
    displayName: draft.displayName.trim(),
    departmentId: draft.departmentId || undefined,
    roleLevel: draft.roleLevel || undefined,
    roles: draft.roles,
    locale: (draft.locale || undefined) as 'en' | 'nb' | 'da' | 'sv' | undefined,
  };
}

export function PeopleRoute() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(t('people.title'));
  const [filter, setFilter] = useState<PeopleFilter>({});
  const [draftFilter, setDraftFilter] = useState({
    q: '',
    departmentId: '',
    roleLevel: '',
    status: '',
  });
  const people = usePeople(filter);
  const departments = useAllDepartments();
  const options = useMemo(
    () =>
      flattenTree(
        buildDepartmentTree(
          (departments.data ?? []).filter((d) => !d.archivedAt),
          i18n.language,
        ),
      ),
    [departments.data, i18n.language],
  );
  const departmentName = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );

  const [editing, setEditing] = useState<Person | null>(null);
  const [confirming, setConfirming] = useState<{ person: Person; action: PersonAction } | null>(
    null,
  );
  const [status, setStatus] = useState<string | null>(null);
  const action = usePersonAction();
  const editHeading = useRef<HTMLHeadingElement>(null);

  function applyFilter(event: FormEvent) {
    event.preventDefault();
    setFilter({
      q: draftFilter.q.trim() || undefined,
      departmentId: draftFilter.departmentId || undefined,
      roleLevel: (draftFilter.roleLevel || undefined) as RoleLevel | undefined,
      active: draftFilter.status === '' ? undefined : draftFilter.status === 'active',
    });
  }

  function runAction(person: Person, kind: PersonAction) {
    action.mutate(
      { id: person.id, action: kind },
      {
        onSuccess: () => {
          setConfirming(null);
          setStatus(t(`people.done.${kind}`, { name: person.displayName }));
        },
      },
    );
  }

  return (
    <section className="page" aria-labelledby="people-title">
      <h1 id="people-title">{t('people.title')}</h1>
      <p>
        {t('people.intro')} <Link to="/people/import">{t('people.importLink')}</Link>
      </p>

      <form className="form filters" onSubmit={applyFilter} aria-label={t('people.filters.label')}>
        <div className="field">
          <label htmlFor="people-q">{t('people.filters.text')}</label>
          <input
            id="people-q"
            type="search"
            value={draftFilter.q}
            onChange={(e) => setDraftFilter({ ...draftFilter, q: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="people-department">{t('people.fields.department')}</label>
          <select
            id="people-department"
            value={draftFilter.departmentId}
            onChange={(e) => setDraftFilter({ ...draftFilter, departmentId: e.target.value })}
          >
            <option value="">{t('people.filters.all')}</option>
            {options.map((node) => (
              <option key={node.department.id} value={node.department.id}>
                {`${'\u00a0\u00a0'.repeat(node.depth)}${node.department.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-level">{t('people.fields.roleLevel')}</label>
          <select
            id="people-level"
            value={draftFilter.roleLevel}
            onChange={(e) => setDraftFilter({ ...draftFilter, roleLevel: e.target.value })}
          >
            <option value="">{t('people.filters.all')}</option>
            {ROLE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`roleLevels.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-status">{t('people.fields.status')}</label>
          <select
            id="people-status"
            value={draftFilter.status}
            onChange={(e) => setDraftFilter({ ...draftFilter, status: e.target.value })}
          >
            <option value="">{t('people.filters.all')}</option>
            <option value="active">{t('people.filters.active')}</option>
            <option value="inactive">{t('people.filters.inactive')}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t('people.filters.apply')}
        </button>
      </form>

      <div role="status" aria-live="polite">
        {status && <p className="alert alert-success">{status}</p>}
      </div>
      <MutationError error={action.error} />

      {editing && (
        <div className="card">
          <EditPerson
            key={editing.id}
            person={editing}
            options={options}
            headingRef={editHeading}
            onDone={(message) => {
              setEditing(null);
              if (message) setStatus(message);
            }}
          />
        </div>
      )}

      {people.isPending ? (
        <LoadingPage />
      ) : people.isError ? (
        <ErrorPanel error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.length === 0 ? (
        <p>{t('people.empty')}</p>
      ) : (
        <TableRegion label={t('people.title')}>
          <table>
            <caption>{t('people.caption', { count: people.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.fields.name')}</th>
                <th scope="col">{t('people.fields.email')}</th>
                <th scope="col">{t('people.fields.department')}</th>
                <th scope="col">{t('people.fields.roleLevel')}</th>
                <th scope="col">{t('people.fields.roles')}</th>
                <th scope="col">{t('people.fields.status')}</th>
                <th scope="col">{t('people.actions.label')}</th>
              </tr>
            </thead>
            <tbody>
              {people.data.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.displayName}</th>
                  <td>{person.email}</td>
                  <td>{person.departmentId ? departmentName.get(person.departmentId) : ''}</td>
                  <td>{person.roleLevel ? t(`roleLevels.${person.roleLevel}`) : ''}</td>
                  <td>{person.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
                  <td>
                    <span className={`badge badge-${person.status.toLowerCase()}`}>
                      {t(`people.status.${person.status}`)}
                    </span>
                  </td>
                  <td className="actions">
                    {confirming?.person.id === person.id ? (
                      <span
                        role="group"
                        aria-label={t(`people.confirm.${confirming.action}`, {
                          name: person.displayName,
                        })}
                      >
                        <span>
                          {t(`people.confirm.${confirming.action}`, { name: person.displayName })}
                        </span>{' '}
                        <button
                          type="button"
                          className="button button-primary"
                          autoFocus
                          disabled={action.isPending}
                          onClick={() => runAction(person, confirming.action)}
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
                      </span>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('people.actions.editNamed', { name: person.displayName })}
                          onClick={() => {
                            setStatus(null);
                            setEditing(person);
                            setTimeout(() => editHeading.current?.focus(), 0);
                          }}
                        >
                          {t('people.actions.edit')}
                        </button>{' '}
                        {person.status === 'INVITED' && (
                          <button
                            type="button"
                            className="button"
                            onClick={() => setConfirming({ person, action: 'invitation' })}
                          >
                            {t('people.actions.invitation')}
                          </button>
                        )}{' '}
                        {person.status === 'DEACTIVATED' ? (
                          <button
                            type="button"
                            className="button"
                            onClick={() => setConfirming({ person, action: 'reactivate' })}
                          >
                            {t('people.actions.reactivate')}
                          </button>
                        ) : (
                          person.id !== user.id && (
                            <button
                              type="button"
                              className="button"
                              onClick={() => setConfirming({ person, action: 'deactivate' })}
                            >
                              {t('people.actions.deactivate')}
                            </button>
                          )
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <div className="card">
        <InvitePerson options={options} />
      </div>
    </section>
  );
}

function InvitePerson({ options }: { options: ReturnType<typeof flattenTree> }) {
  const { t } = useTranslation();
  const invite = useInvitePerson();
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const apiError = invite.error instanceof ApiError ? invite.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const found = validateDraft(draft, true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document
        .getElementById(
          `invite-${Object.keys(found)[0] === 'displayName' ? 'name' : Object.keys(found)[0]}`,
        )
        ?.focus();
      return;
    }
    invite.mutate(
      { ...toBody(draft), email: draft.email.trim() },
      {
        onSuccess: (person) => {
          setDraft(emptyDraft);
          setDone(t('people.invite.done', { email: person.email }));
        },
      },
    );
  }

  const shown = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, t(key)]),
  ) as Record<string, string>;
  for (const field of ['email', 'displayName', 'departmentId']) {
    const message = apiError?.messagesFor(field).join(' ');
    if (message && !shown[field]) shown[field] = message;
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('people.invite.heading')}</h2>
      <p className="muted">{t('people.invite.hint')}</p>
      <div role="status" aria-live="polite">
        {done && <p className="alert alert-success">{done}</p>}
      </div>
      <MutationError error={invite.error} />
      <PersonFields
        idPrefix="invite"
        draft={draft}
        onChange={setDraft}
        departments={options}
        errors={shown}
        withEmail
      />
      <button type="submit" className="button button-primary" disabled={invite.isPending}>
        {t('people.invite.submit')}
      </button>
    </form>
  );
}

function EditPerson({
  person,
  options,
  headingRef,
  onDone,
}: {
  person: Person;
  options: ReturnType<typeof flattenTree>;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePerson();
  const [draft, setDraft] = useState<PersonDraft>({
    email: person.email,
    displayName: person.displayName,
    departmentId: person.departmentId ?? '',
    roleLevel: person.roleLevel ?? '',
    roles: [...person.roles],
    locale: person.locale ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateDraft(draft, false);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { id: person.id, body: toBody(draft) },
      { onSuccess: (saved) => onDone(t('people.edit.done', { name: saved.displayName })) },
    );
  }

  const shown = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, t(key)]),
  ) as Record<string, string>;
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="edit-heading">
      <h2 id="edit-heading" ref={headingRef} tabIndex={-1}>
        {t('people.edit.heading', { name: person.displayName })}
      </h2>
      <p className="muted">{person.email}</p>
      <MutationError error={update.error} />
      <PersonFields
        idPrefix="edit"
        draft={draft}
        onChange={setDraft}
        departments={options}
        errors={shown}
        withEmail={false}
      />
      <button type="submit" className="button button-primary" disabled={update.isPending}>
        {t('people.edit.submit')}
      </button>{' '}
      <button type="button" className="button" onClick={() => onDone(null)}>
        {t('people.actions.cancel')}
      </button>
    </form>
  );
}
