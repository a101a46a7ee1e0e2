import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { MutationError } from '@/components/mutation-error';
import { LanguageOptions } from '@/components/language-options';
import { ApiError } from '@/lib/api/problem';
import { useCreateTenant } from '../api/manage-tenants';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function CreateTenantForm() {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateTenant();
  const [values, setValues] = useState({
    slug: '',
    name: '',
    defaultLocale: 'en',
    adminEmail: '',
    adminName: '',
  });
  const [slugError, setSlugError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const apiError = create.error instanceof ApiError ? create.error : null;
  const fieldError = (field: string) => apiError?.messagesFor(field).join(' ') || null;
  const set = (field: keyof typeof values) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const slugProblem = SLUG_PATTERN.test(values.slug) ? null : t('tenants.create.slugInvalid');
    setSlugError(slugProblem);
    if (slugProblem) {
      document.getElementById(`${id}-slug`)?.focus();
      return;
    }
    create.mutate(
      {
        slug: values.slug,
        name: values.name.trim(),
        defaultLocale: values.defaultLocale,
        firstAdmin: { email: values.adminEmail.trim(), displayName: values.adminName.trim() },
      },
      {
        onSuccess: (tenant) => {
          setCreated(t('tenants.create.created', { name: tenant.name }));
          setValues({ slug: '', name: '', defaultLocale: 'en', adminEmail: '', adminName: '' });
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('tenants.create.heading')}</h2>
      <div role="status" aria-live="polite">
        {created && <p className="alert alert-success">{created}</p>}
        <MutationError error={create.error} />
      </div>
      <FormField id={`${id}-name`} label={t('tenants.create.name')} error={fieldError('name')}>
        {(control) => (
          <input
            {...control}
            required
            maxLength={200}
            value={values.name}
            onChange={(e) => set('name')(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-slug`}
        label={t('tenants.create.slug')}
        hint={t('tenants.create.slugHint')}
        error={slugError ?? fieldError('slug')}
      >
        {(control) => (
          <input
            {...control}
            required
            autoCapitalize="none"
            value={values.slug}
            onChange={(e) => set('slug')(e.target.value.toLowerCase())}
          />
        )}
      </FormField>
      <FormField id={`${id}-locale`} label={t('tenants.create.locale')}>
        {(control) => (
          <select
            {...control}
            value={values.defaultLocale}
            onChange={(e) => set('defaultLocale')(e.target.value)}
          >
            <LanguageOptions />
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-admin-email`}
        label={t('tenants.create.adminEmail')}
        error={fieldError('firstAdmin.email')}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            required
            value={values.adminEmail}
            onChange={(e) => set('adminEmail')(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-admin-name`}
        label={t('tenants.create.adminName')}
        error={fieldError('firstAdmin.displayName')}
      >
        {(control) => (
          <input
            {...control}
            required
            value={values.adminName}
            onChange={(e) => set('adminName')(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t('tenants.create.submit')}
      </button>
    </form>
  );
}
