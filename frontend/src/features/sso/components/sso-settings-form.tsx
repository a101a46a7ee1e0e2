import { useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { ApiError, errorMessageKey } from '@/lib/api/problem';
import { useSaveSsoSettings, useTestSsoConnection, type SsoSettings } from '../api/sso-settings';
import { parseDomains, parseGroupDepartments, parseGroupRoles } from '../utils/mappings';

interface Department {
  id: string;
  name: string;
}

function describeError(error: Error, t: TFunction): string {
  // The server explains refused settings in words (English); other errors get the translated generic message.
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  if (detail && error instanceof ApiError && [400, 404, 409, 503].includes(error.status)) {
    return detail;
  }
  return t(errorMessageKey(error));
}

/** The tenant's single sign-on settings. The client secret is write-only: the form only says whether one is stored. */
export function SsoSettingsForm({
  settings,
  departments,
}: {
  settings: SsoSettings;
  departments: readonly Department[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSsoSettings();
  const test = useTestSsoConnection();
  const departmentName = (departmentId: string) =>
    departments.find((d) => d.id === departmentId)?.name ?? departmentId;

  const [enabled, setEnabled] = useState(settings.enabled);
  const [issuerUrl, setIssuerUrl] = useState(settings.issuerUrl ?? '');
  const [clientId, setClientId] = useState(settings.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(settings.domains.join('\n'));
  const [emailClaim, setEmailClaim] = useState(settings.emailClaim);
  const [nameClaim, setNameClaim] = useState(settings.nameClaim);
  const [groupsClaim, setGroupsClaim] = useState(settings.groupsClaim);
  const [groupRoles, setGroupRoles] = useState(
    settings.groupRoles.map((m) => `${m.group} = ${m.role}`).join('\n'),
  );
  const [groupDepartments, setGroupDepartments] = useState(
    settings.groupDepartments
      .map((m) => `${m.group} = ${departmentName(m.departmentId)}`)
      .join('\n'),
  );
  const [jit, setJit] = useState(settings.jitProvisioning);
  const [required, setRequired] = useState(settings.ssoRequired);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const field = (name: string) => `${id}-${name}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const roles = parseGroupRoles(groupRoles);
    const depts = parseGroupDepartments(groupDepartments, departments);
    const found: Record<string, string> = {};
    if (!issuerUrl.trim()) found.issuerUrl = t('sso.errors.issuerRequired');
    if (!clientId.trim()) found.clientId = t('sso.errors.clientIdRequired');
    if (roles.badLines.length > 0)
      found.groupRoles = t('sso.errors.badLines', { lines: roles.badLines.join(', ') });
    if (depts.badLines.length > 0)
      found.groupDepartments = t('sso.errors.badLines', { lines: depts.badLines.join(', ') });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(field(first))?.focus();
      return;
    }
    save.mutate(
      {
        enabled,
        issuerUrl: issuerUrl.trim(),
        clientId: clientId.trim(),
        clientSecret: clientSecret || undefined,
        domains: parseDomains(domains),
        emailClaim: emailClaim.trim() || undefined,
        nameClaim: nameClaim.trim() || undefined,
        groupsClaim: groupsClaim.trim() || undefined,
        groupRoles: roles.values,
        groupDepartments: depts.values,
        jitProvisioning: jit,
        ssoRequired: enabled && required,
      },
      {
        onSuccess: () => {
          setClientSecret('');
          setSaved(true);
        },
      },
    );
  }

  const serverFieldError = (name: string) =>
    save.error instanceof ApiError
      ? save.error.messagesFor(name).join(' ') || undefined
      : undefined;
  const secretSet = save.data?.clientSecretSet ?? settings.clientSecretSet;

  return (
    <div className="stack">
      <section className="card" aria-labelledby={field('register-title')}>
        <h2 id={field('register-title')}>{t('sso.register.title')}</h2>
        <p>{t('sso.register.intro')}</p>
        <dl className="definition-list">
          <dt>{t('sso.register.redirectUri')}</dt>
          <dd>
            <code>{settings.redirectUri}</code>{' '}
            <button
              type="button"
              className="button"
              onClick={() => void navigator.clipboard?.writeText(settings.redirectUri)}
            >
              {t('sso.register.copy')}
            </button>
          </dd>
          <dt>{t('sso.register.postLogoutUri')}</dt>
          <dd>
            <code>{settings.postLogoutRedirectUri}</code>
          </dd>
          <dt>{t('sso.register.scopes')}</dt>
          <dd>
            <code>openid email profile</code>
          </dd>
        </dl>
      </section>

      <form className="form card" noValidate onSubmit={handleSubmit}>
        <div className="form-error" role="status" aria-live="polite">
          {save.error && <p className="alert alert-error">{describeError(save.error, t)}</p>}
          {saved && <p className="alert alert-success">{t('sso.saved')}</p>}
        </div>

        <div className="field field-checkbox">
          <input
            id={field('enabled')}
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
          />
          <label htmlFor={field('enabled')}>{t('sso.enabled')}</label>
        </div>

        <FormField
          id={field('issuerUrl')}
          label={t('sso.issuerUrl')}
          hint={t('sso.issuerUrlHint')}
          error={errors.issuerUrl ?? serverFieldError('issuerUrl')}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              required
              value={issuerUrl}
              onChange={(e) => setIssuerUrl(e.target.value)}
            />
          )}
        </FormField>
        <div>
          <button
            type="button"
            className="button"
            disabled={!issuerUrl.trim() || test.isPending}
            onClick={() => test.mutate(issuerUrl.trim())}
          >
            {test.isPending ? t('sso.test.running') : t('sso.test.button')}
          </button>
          <div role="status" aria-live="polite">
            {test.error && <p className="alert alert-error">{describeError(test.error, t)}</p>}
            {test.data && (
              <div className="sso-test-result">
                <p className={test.data.ok ? 'alert alert-success' : 'alert alert-error'}>
                  {test.data.ok ? t('sso.test.ok') : t('sso.test.failed')}
                </p>
                <ul aria-label={t('sso.test.results')}>
                  {test.data.checks.map((item) => (
                    <li key={item.check} className={`check check-${item.status.toLowerCase()}`}>
                      <strong>{t(`sso.test.status.${item.status}`)}</strong> {item.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </div>

        <FormField
          id={field('clientId')}
          label={t('sso.clientId')}
          error={errors.clientId ?? serverFieldError('clientId')}
        >
          {(control) => (
            <input
              {...control}
              required
              autoComplete="off"
              value={clientId}
              onChange={(e) => setClientId(e.target.value)}
            />
          )}
        </FormField>

        <FormField
          id={field('clientSecret')}
          label={t('sso.clientSecret')}
          hint={secretSet ? t('sso.secretStored') : t('sso.secretNotStored')}
          error={serverFieldError('clientSecret')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={clientSecret}
              onChange={(e) => setClientSecret(e.target.value)}
            />
          )}
        </FormField>

        <FormField
          id={field('domains')}
          label={t('sso.domains')}
          hint={t('sso.domainsHint')}
          error={serverFieldError('domains')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={domains}
              onChange={(e) => setDomains(e.target.value)}
            />
          )}
        </FormField>

        <fieldset>
          <legend>{t('sso.claims')}</legend>
          <FormField id={field('emailClaim')} label={t('sso.emailClaim')}>
            {(control) => (
              <input
                {...control}
                value={emailClaim}
                onChange={(e) => setEmailClaim(e.target.value)}
              />
            )}
          </FormField>
          <FormField id={field('nameClaim')} label={t('sso.nameClaim')}>
            {(control) => (
              <input
                {...control}
                value={nameClaim}
                onChange={(e) => setNameClaim(e.target.value)}
              />
            )}
          </FormField>
          <FormField id={field('groupsClaim')} label={t('sso.groupsClaim')}>
            {(control) => (
              <input
                {...control}
                value={groupsClaim}
                onChange={(e) => setGroupsClaim(e.target.value)}
              />
            )}
          </FormField>
        </fieldset>

        <FormField
          id={field('groupRoles')}
          label={t('sso.groupRoles')}
          hint={t('sso.groupRolesHint')}
          error={errors.groupRoles}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={groupRoles}
              onChange={(e) => setGroupRoles(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={field('groupDepartments')}
          label={t('sso.groupDepartments')}
          hint={t('sso.groupDepartmentsHint')}
          error={errors.groupDepartments}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={groupDepartments}
              onChange={(e) => setGroupDepartments(e.target.value)}
            />
          )}
        </FormField>

        <div className="field field-checkbox">
          <input
            id={field('jit')}
            type="checkbox"
            checked={jit}
            onChange={(e) => setJit(e.target.checked)}
          />
          <label htmlFor={field('jit')}>{t('sso.jit')}</label>
        </div>
        <div className="field field-checkbox">
          <input
            id={field('required')}
            type="checkbox"
            checked={required}
            disabled={!enabled}
            onChange={(e) => setRequired(e.target.checked)}
          />
          <label htmlFor={field('required')}>{t('sso.required')}</label>
        </div>

        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('sso.saving') : t('sso.save')}
        </button>
      </form>
    </div>
  );
}
