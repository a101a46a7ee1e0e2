import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMySurveys } from '../api/surveys';

/** A short notice on the start page when the signed-in person has surveys waiting for an answer. */
export function OpenSurveysNotice() {
  const { t } = useTranslation();
  const surveys = useMySurveys();
  const count = surveys.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <p className="alert alert-info" role="status">
      {t('surveys.mine.waiting', { count })}{' '}
      <Link to={count === 1 ? `/surveys/${surveys.data?.[0]?.cycleId}` : '/surveys'}>
        {t('surveys.mine.answerNow', { count })}
      </Link>
    </p>
  );
}
