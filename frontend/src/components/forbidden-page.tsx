import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.forbiddenTitle'));
  return (
    <section className="page" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('access.forbiddenTitle')}</h1>
      <p>{t('access.forbiddenBody')}</p>
      <p>
        <Link to="/">{t('access.backHome')}</Link>
      </p>
    </section>
  );
}
