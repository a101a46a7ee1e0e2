import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableRegion } from '@/components/table-region';
import type { Model, ModelTemplate } from '../api/models';
import { textIn } from '../utils/draft';

/** The tenant's models with their versions and whether each is a draft or published. */
export function ModelsTable({
  models,
  templates,
}: {
  models: readonly Model[];
  templates: readonly ModelTemplate[];
}) {
  const { t, i18n } = useTranslation();
  if (models.length === 0) return <p>{t('models.list.empty')}</p>;
  const templateName = (key: string | undefined) => {
    const template = templates.find((tpl) => tpl.key === key);
    return template ? textIn(template.name, i18n.language) : t('models.list.ownModel');
  };

  return (
    <TableRegion label={t('models.list.caption')}>
      <table>
        <caption>{t('models.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.list.name')}</th>
            <th scope="col">{t('models.list.versions')}</th>
            <th scope="col">{t('models.list.template')}</th>
            <th scope="col">{t('models.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model.id}>
              <th scope="row">
                <Link to={`/models/${model.id}`}>{model.name}</Link>
              </th>
              <td>
                <ul className="inline-list">
                  {model.versions.map((v) => (
                    <li key={v.id}>
                      {t('models.versionLabel', { number: v.number })}{' '}
                      <span
                        className={`badge ${v.status === 'DRAFT' ? 'badge-new' : 'badge-active'}`}
                      >
                        {t(`models.status.${v.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{templateName(model.templateKey)}</td>
              <td>{model.archivedAt ? t('models.list.archived') : t('models.list.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
