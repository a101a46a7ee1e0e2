import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { ApiError } from '@/lib/api/problem';
import type { Tenant } from '../api/get-tenants';
import { useDeleteTenant, useRenameTenant, useSetTenantSuspended } from '../api/manage-tenants';

/** Rename, suspend or reactivate, and delete one tenant; deletion needs its short name typed. */
export function ManageTenant({ tenant, onDeleted }: { tenant: Tenant; onDeleted: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const rename = useRenameTenant();
  const suspension = useSetTenantSuspended();
  const remove = useDeleteTenant();
  const [name, setName] = useState(tenant.name);
  const [confirmation, setConfirmation] = useState('');
  const suspended = tenant.status === 'SUSPENDED';
  const failure = rename.error ?? suspension.error ?? remove.error;

  function handleRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rename.mutate({ id: tenant.id, name: name.trim() });
  }

  function handleDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    remove.mutate({ id: tenant.id, confirm: confirmation }, { onSuccess: onDeleted });
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tenants.manage.heading', { name: tenant.name })}</h2>
      <div role="status" aria-live="polite">
        <MutationError error={failure} />
      </div>

      <form className="form" noValidate onSubmit={handleRename}>
        <FormField
          id={`${id}-name`}
          label={t('tenants.manage.name')}
          error={
            rename.error instanceof ApiError ? rename.error.messagesFor('name').join(' ') : null
          }
        >
          {(control) => (
            <input
              {...control}
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={rename.isPending || !name.trim()}>
          {t('tenants.manage.rename')}
        </button>
      </form>

      <div className="form">
        <p>
          {suspended
            ? t('tenants.manage.suspendedExplained')
            : t('tenants.manage.suspendExplained')}
        </p>
        <button
          type="button"
          className="button"
          disabled={suspension.isPending}
          onClick={() => suspension.mutate({ id: tenant.id, suspended: !suspended })}
        >
          {suspended ? t('tenants.manage.reactivate') : t('tenants.manage.suspend')}
        </button>
      </div>

      <form className="form danger-zone" noValidate onSubmit={handleDelete}>
        <h3>{t('tenants.manage.deleteHeading')}</h3>
        <p>{t('tenants.manage.deleteExplained')}</p>
        <FormField
          id={`${id}-confirm`}
          label={t('tenants.manage.deleteConfirm', { slug: tenant.slug })}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              autoCapitalize="none"
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
            />
          )}
        </FormField>
        <button
          type="submit"
          className="button button-danger"
          disabled={confirmation !== tenant.slug || remove.isPending}
        >
          {t('tenants.manage.delete')}
        </button>
      </form>
    </section>
  );
}
