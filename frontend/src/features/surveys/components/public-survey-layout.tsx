import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '@/lib/i18n/language-picker';

/** The frame of the pages people open from a survey link, without signing in. */
export function PublicSurveyLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="survey-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="login-header">
        <span className="brand">{t('app.name')}</span>
        <LanguagePicker />
      </header>
      <main id="main" className="survey-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
