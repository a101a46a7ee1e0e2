import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useMySurveys } from '../api/surveys';

export function MySurveysList() {
  const { t, i18n } = useTranslation();
  const surveys = useMySurveys();
  if (surveys.isPending) return <LoadingPage />;
  if (surveys.isError)
    return <ErrorPanel error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (surveys.data.length === 0) return <p>{t('surveys.mine.empty')}</p>;
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' });
  return (
    <ul className="survey-list">
      {surveys.data.map((survey) => (
        <li key={survey.cycleId} className="card">
          <h2>
            <Link to={`/surveys/${survey.cycleId}`}>{survey.cycleName}</Link>
          </h2>
          <p className="muted">
            {t('surveys.mine.closes', { date: format.format(new Date(survey.closesAt)) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
