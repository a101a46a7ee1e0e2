import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequireRoles } from '@/features/auth/components/require-roles';
import { AppShell } from '@/features/navigation/components/app-shell';
import { rolesFor } from '@/features/navigation/nav-items';
import { DepartmentsRoute } from './routes/departments';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { SsoRoute } from './routes/sso';
import { TenantsRoute } from './routes/tenants';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: 'departments',
            element: (
              <RequireRoles roles={rolesFor('departments')}>
                <DepartmentsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'tenants',
            element: (
              <RequireRoles roles={rolesFor('tenants')}>
                <TenantsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'sso',
            element: (
              <RequireRoles roles={rolesFor('sso')}>
                <SsoRoute />
              </RequireRoles>
            ),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
