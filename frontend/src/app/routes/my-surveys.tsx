import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MySurveysList } from '@/features/surveys/components/my-surveys-list';
import { SurveyPage } from '@/features/surveys/components/survey-page';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function MySurveysRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('surveys.mine.title'));
  return (
    <section className="page" aria-labelledby="my-surveys-title">
      <h1 id="my-surveys-title">{t('surveys.mine.title')}</h1>
      <p>{t('surveys.mine.intro')}</p>
      <MySurveysList />
    </section>
  );
}

export function MySurveyRoute() {
  const { cycleId = '' } = useParams();
  return (
    <div className="survey-main">
      <SurveyPage key={cycleId} source={{ kind: 'mine', cycleId }} />
    </div>
  );
}
