import { useTranslation } from 'react-i18next';
import type { Tenant } from '../api/get-tenants';
import { TableRegion } from '@/components/table-region';

interface TenantsTableProps {
  tenants: Tenant[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function TenantsTable({ tenants, selectedId, onSelect }: TenantsTableProps) {
  const { t, i18n } = useTranslation();
  if (tenants.length === 0) return <p>{t('tenants.empty')}</p>;

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const numberFormat = new Intl.NumberFormat(i18n.language);
  const sorted = [...tenants].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <TableRegion label={t('tenants.caption')}>
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
            <th scope="col">{t('tenants.columns.lastActivity')}</th>
            <th scope="col">{t('tenants.columns.created')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('tenants.columns.actions')}</span>
            </th>
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
                {tenant.lastActivityAt ? (
                  <time dateTime={tenant.lastActivityAt}>
                    {dateFormat.format(new Date(tenant.lastActivityAt))}
                  </time>
                ) : (
                  <span className="muted">{t('tenants.never')}</span>
                )}
              </td>
              <td>
                <time dateTime={tenant.createdAt}>
                  {dateFormat.format(new Date(tenant.createdAt))}
                </time>
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-pressed={selectedId === tenant.id}
                  aria-label={t('tenants.manage.open', { name: tenant.name })}
                  onClick={() => onSelect(tenant.id)}
                >
                  {t('tenants.manage.button')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
