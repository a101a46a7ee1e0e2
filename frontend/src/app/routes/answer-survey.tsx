import { useParams } from 'react-router';
import { PublicSurveyLayout } from '@/features/surveys/components/public-survey-layout';
import { SurveyPage } from '@/features/surveys/components/survey-page';
import { browserLanguage } from '@/features/surveys/utils/browser-language';

/** An employee's answer link from the invitation or reminder mail: no sign-in needed. */
export function AnswerSurveyRoute() {
  const { token = '' } = useParams();
  return (
    <PublicSurveyLayout>
      <SurveyPage key={token} source={{ kind: 'link', token }} />
    </PublicSurveyLayout>
  );
}

/** A customer's outside-in link: the browser's language first, else the organisation's. */
export function CustomerSurveyRoute() {
  const { token = '' } = useParams();
  return (
    <PublicSurveyLayout>
      <SurveyPage
        key={token}
        source={{ kind: 'customer', token }}
        initialLanguage={browserLanguage()}
      />
    </PublicSurveyLayout>
  );
}
