import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useAllDepartments, useDepartments } from '@/features/departments/api/get-departments';
import { CreateDepartmentForm } from '@/features/departments/components/create-department-form';
import { DepartmentTree } from '@/features/departments/components/department-tree';
import { ManageDepartments } from '@/features/departments/components/manage-departments';
import { buildDepartmentTree, flattenTree } from '@/features/departments/utils/build-tree';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function DepartmentsRoute() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const departments = useDepartments();
  useDocumentTitle(t('departments.title'));
  // Only tenant admins may add departments; the server refuses anyone else too.
  const canAddDepartments = user.roles.includes('TENANT_ADMIN');
  const allDepartments = useAllDepartments(canAddDepartments);

  const tree = useMemo(
    () => buildDepartmentTree(departments.data ?? [], i18n.language),
    [departments.data, i18n.language],
  );

  return (
    <section className="page" aria-labelledby="departments-title">
      <h1 id="departments-title">{t('departments.title')}</h1>
      {user.tenant && <p>{t('departments.intro', { tenant: user.tenant.name })}</p>}
      <div className="two-columns">
        <div>
          {departments.isPending ? (
            <LoadingPage />
          ) : departments.isError ? (
            <ErrorPanel error={departments.error} onRetry={() => void departments.refetch()} />
          ) : (
            <DepartmentTree nodes={tree} />
          )}
        </div>
        {canAddDepartments && (
          <div className="card">
            <CreateDepartmentForm options={flattenTree(tree)} />
          </div>
        )}
      </div>
      {canAddDepartments && allDepartments.data && (
        <div className="card">
          <ManageDepartments departments={allDepartments.data} />
        </div>
      )}
    </section>
  );
}
