import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { LoginForm } from '@/features/auth/components/login-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { LanguagePicker } from '@/lib/i18n/language-picker';

function safeRedirect(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle(t('login.submit'));
  const target = safeRedirect(location.state);

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
          <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
        </section>
        <p className="muted login-tagline">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
