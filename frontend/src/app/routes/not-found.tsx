import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.notFoundTitle'));
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('access.notFoundTitle')}</h1>
      <p>{t('access.notFoundBody')}</p>
      <p>
        <Link to="/">{t('access.backHome')}</Link>
      </p>
    </section>
  );
}
