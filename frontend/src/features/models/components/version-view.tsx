import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/lib/i18n/i18n';
import type { ModelVersion } from '../api/models';
import { missingLanguages, textIn } from '../utils/draft';

/** A published version, read only: what respondents are asked, in the reader's language. */
export function VersionView({
  version,
  sourceNumber,
}: {
  version: ModelVersion;
  sourceNumber?: number;
}) {
  const { t, i18n } = useTranslation();
  const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;

  return (
    <div className="stack">
      <dl className="definition-list card">
        <dt>{t('models.view.levels')}</dt>
        <dd>
          {t('models.view.levelsValue', {
            low: version.lowUpTo,
            medium: version.mediumUpTo,
          })}
        </dd>
        {sourceNumber !== undefined && (
          <>
            <dt>{t('models.view.derivedFrom')}</dt>
            <dd>{t('models.versionLabel', { number: sourceNumber })}</dd>
          </>
        )}
      </dl>
      {version.dimensions.map((dimension, d) => (
        <section key={dimension.id} className="card" aria-labelledby={`view-${dimension.id}`}>
          <h3 id={`view-${dimension.id}`}>
            {t('models.editor.dimensionTitle', {
              number: d + 1,
              name: textIn(dimension.name, i18n.language),
            })}
          </h3>
          <p className="muted">
            {t('models.view.dimensionMeta', { key: dimension.key, weight: dimension.weight })}
          </p>
          <ol className="statement-list">
            {dimension.items.map((item) => {
              const missing = missingLanguages(item.employeeText);
              return (
                <li key={item.id}>
                  <p>{textIn(item.employeeText, i18n.language)}</p>
                  {Object.keys(item.customerText).length > 0 && (
                    <p className="muted">
                      {t('models.view.customer', {
                        text: textIn(item.customerText, i18n.language),
                      })}
                    </p>
                  )}
                  <p className="statement-meta">
                    <span>{t('models.view.itemMeta', { key: item.key, weight: item.weight })}</span>{' '}
                    {item.reverseScored && (
                      <span className="badge badge-neutral">{t('models.view.reverseScored')}</span>
                    )}{' '}
                    {item.derivedFromId && sourceNumber !== undefined ? (
                      <span className="badge badge-carried">
                        {t('models.editor.carriedOver', { number: sourceNumber })}
                      </span>
                    ) : sourceNumber !== undefined ? (
                      <span className="badge badge-new">{t('models.editor.newStatement')}</span>
                    ) : null}{' '}
                    {missing.length > 0 && (
                      <span className="muted">
                        {t('models.editor.missingLanguages', {
                          languages: missing.map(languageName).join(', '),
                        })}
                      </span>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
