import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { LoginForm } from '@/features/auth/components/login-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { LanguagePicker } from '@/lib/i18n/language-picker';

function safeRedirect(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/** Why single sign-on sent the browser back (see SsoSignIn on the server). */
const SSO_ERRORS = [
  'sso_unavailable',
  'sso_failed',
  'sso_no_email',
  'sso_email_unverified',
  'sso_domain',
  'sso_unknown_person',
  'sso_inactive',
];

export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle(t('login.submit'));
  const target = safeRedirect(location.state);
  const [params] = useSearchParams();
  const ssoError = params.get('error');
  const ssoErrorKey =
    ssoError && SSO_ERRORS.includes(ssoError) ? `login.ssoErrors.${ssoError}` : null;

  if (me.data) return <Navigate to={target} replace />;

  return (
    <div className="login-layout">
      <header className="login-header">
        <span className="brand">{t('app.name')}</span>
        <LanguagePicker />
      </header>
      <main id="main" className="login-main">
        <section className="card" aria-labelledby="login-title">
          <h1 id="login-title">{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          {ssoErrorKey && (
            <p className="alert alert-error" role="alert">
              {t(ssoErrorKey)}
            </p>
          )}
          <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
        </section>
        <p className="muted login-tagline">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
