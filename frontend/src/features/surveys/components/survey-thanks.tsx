import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Receipt, SurveySource } from '../api/surveys';

export function SurveyThanks({ receipt, source }: { receipt: Receipt; source: SurveySource }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(`${receipt.recordedOn}T12:00:00Z`),
  );
  return (
    <div className="survey-message">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('surveys.thanks.title')}
      </h1>
      <p>{t('surveys.thanks.body', { survey: receipt.cycleName, date })}</p>
      <p>{t('surveys.thanks.anonymous')}</p>
      {source.kind === 'mine' && (
        <p>
          <Link to="/surveys">{t('surveys.mine.back')}</Link>
        </p>
      )}
    </div>
  );
}
