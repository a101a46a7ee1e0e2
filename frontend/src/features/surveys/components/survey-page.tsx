import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingPage } from '@/components/loading-page';
import { useDocumentTitle } from '@/hooks/use-document-title';
import sharedI18n from '@/lib/i18n/i18n';
import type { Receipt, SurveySource } from '../api/surveys';
import { mySurveysQueryKey, surveyQueryOptions } from '../api/surveys';
import { SurveyForm } from './survey-form';
import { SurveyThanks } from './survey-thanks';
import { SurveyUnavailable } from './survey-unavailable';
import './survey.css';

/**
 * Loads a survey and lets the respondent answer it. The server picks the first language (the
 * person's, the browser's or the organisation's); after that the page follows the interface
 * language, so the language picker changes the statements too.
 */
export function SurveyPage({
  source,
  initialLanguage,
}: {
  source: SurveySource;
  initialLanguage?: string;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  // Signed-in pages follow the interface language from the start; link pages adopt the server's.
  const [adopted, setAdopted] = useState(source.kind === 'mine');
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const lang = adopted ? i18n.resolvedLanguage : initialLanguage;
  const survey = useQuery({
    ...surveyQueryOptions(source, lang),
    placeholderData: keepPreviousData,
  });
  useDocumentTitle(survey.data?.cycleName ?? t('surveys.title'));

  // Until the survey arrives (or when the link fails), speak the language asked for, if any.
  // (The shared instance: the one from useTranslation changes identity with the language.)
  useEffect(() => {
    if (initialLanguage) void sharedI18n.changeLanguage(initialLanguage);
  }, [initialLanguage]);

  useEffect(() => {
    if (adopted || !survey.data) return;
    const language = survey.data.language;
    queryClient.setQueryData(surveyQueryOptions(source, language).queryKey, survey.data);
    void i18n.changeLanguage(language).then(() => setAdopted(true));
  }, [adopted, survey.data, source, queryClient, i18n]);

  function submitted(value: Receipt) {
    setReceipt(value);
    void queryClient.invalidateQueries({ queryKey: mySurveysQueryKey });
  }

  if (receipt) {
    return <SurveyThanks receipt={receipt} source={source} />;
  }
  if (survey.isPending) {
    return <LoadingPage />;
  }
  if (survey.isError && !survey.data) {
    return (
      <SurveyUnavailable
        error={survey.error}
        source={source}
        onRetry={() => void survey.refetch()}
      />
    );
  }
  const data = survey.data!;
  return (
    <div lang={data.language}>
      <div className="survey-intro">
        <h1>{data.cycleName}</h1>
        <p>
          {t(data.respondent === 'CUSTOMER' ? 'surveys.introCustomer' : 'surveys.intro', {
            organisation: data.organisation,
            date: new Intl.DateTimeFormat(data.language, { dateStyle: 'long' }).format(
              new Date(data.closesAt),
            ),
          })}
        </p>
        <p className="muted">{t('surveys.draftNote')}</p>
      </div>
      <SurveyForm source={source} survey={data} onSubmitted={submitted} />
    </div>
  );
}
