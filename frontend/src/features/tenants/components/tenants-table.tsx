import { useTranslation } from 'react-i18next';
import type { Tenant } from '../api/get-tenants';

export function TenantsTable({ tenants }: { tenants: Tenant[] }) {
  const { t, i18n } = useTranslation();
  if (tenants.length === 0) return <p>{t('tenants.empty')}</p>;

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const numberFormat = new Intl.NumberFormat(i18n.language);
  const sorted = [...tenants].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <div className="table-wrapper">
      <table>
        <caption>{t('tenants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tenants.columns.name')}</th>
            <th scope="col">{t('tenants.columns.slug')}</th>
            <th scope="col">{t('tenants.columns.status')}</th>
            <th scope="col" className="numeric">
              {t('tenants.columns.users')}
            </th>
            <th scope="col">{t('tenants.columns.created')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((tenant) => (
            <tr key={tenant.id}>
              <th scope="row">{tenant.name}</th>
              <td>
                <code>{tenant.slug}</code>
              </td>
              <td>
                <span className={`badge badge-${tenant.status.toLowerCase()}`}>
                  {t(`tenants.status.${tenant.status}`)}
                </span>
              </td>
              <td className="numeric">{numberFormat.format(tenant.userCount)}</td>
              <td>
                <time dateTime={tenant.createdAt}>
                  {dateFormat.format(new Date(tenant.createdAt))}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
