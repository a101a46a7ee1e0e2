import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequireRoles } from '@/features/auth/components/require-roles';
import { AppShell } from '@/features/navigation/components/app-shell';
import { rolesFor } from '@/features/navigation/nav-items';
import { AnswerSurveyRoute, CustomerSurveyRoute } from './routes/answer-survey';
import { ApiTokensRoute } from './routes/api-tokens';
import { AuditRoute } from './routes/audit';
import { BenchmarksRoute } from './routes/benchmarks';
import { CycleDetailRoute } from './routes/cycle-detail';
import { CycleNewRoute } from './routes/cycle-new';
import { CyclesRoute } from './routes/cycles';
import { DepartmentsRoute } from './routes/departments';
import { HomeRoute } from './routes/home';
import { InvitationRoute } from './routes/invitation';
import { LoginRoute } from './routes/login';
import { ModelRoute } from './routes/model';
import { ModelsRoute } from './routes/models';
import { MySurveyRoute, MySurveysRoute } from './routes/my-surveys';
import { NotFoundRoute } from './routes/not-found';
import { PeopleImportRoute } from './routes/people-import';
import { PeopleRoute } from './routes/people';
import { ResultsRoute } from './routes/results';
import { SettingsRoute } from './routes/settings';
import { SsoRoute } from './routes/sso';
import { TenantBenchmarksRoute } from './routes/tenant-benchmarks';
import { TenantsRoute } from './routes/tenants';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  { path: '/invitation/:token', element: <InvitationRoute /> },
  // Survey links open without signing in: the link is the credential.
  { path: '/answer/:token', element: <AnswerSurveyRoute /> },
  { path: '/c/:token', element: <CustomerSurveyRoute /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: 'surveys',
            element: (
              <RequireRoles roles={rolesFor('surveys')}>
                <MySurveysRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'surveys/:cycleId',
            element: (
              <RequireRoles roles={rolesFor('surveys')}>
                <MySurveyRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'results',
            element: (
              <RequireRoles roles={rolesFor('results')}>
                <ResultsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'results/:cycleId',
            element: (
              <RequireRoles roles={rolesFor('results')}>
                <ResultsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'departments',
            element: (
              <RequireRoles roles={rolesFor('departments')}>
                <DepartmentsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'people',
            element: (
              <RequireRoles roles={rolesFor('people')}>
                <PeopleRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'people/import',
            element: (
              <RequireRoles roles={rolesFor('import')}>
                <PeopleImportRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'models',
            element: (
              <RequireRoles roles={rolesFor('models')}>
                <ModelsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'models/:modelId',
            element: (
              <RequireRoles roles={rolesFor('models')}>
                <ModelRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireRoles roles={rolesFor('audit')}>
                <AuditRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'cycles',
            element: (
              <RequireRoles roles={rolesFor('cycles')}>
                <CyclesRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'cycles/new',
            element: (
              <RequireRoles roles={rolesFor('cycles')}>
                <CycleNewRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'cycles/:id',
            element: (
              <RequireRoles roles={rolesFor('cycles')}>
                <CycleDetailRoute />
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
            path: 'benchmarks',
            element: (
              <RequireRoles roles={rolesFor('benchmarks')}>
                <BenchmarksRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'benchmarks/figures',
            element: (
              <RequireRoles roles={rolesFor('tenantBenchmarks')}>
                <TenantBenchmarksRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireRoles roles={rolesFor('settings')}>
                <SettingsRoute />
              </RequireRoles>
            ),
          },
          {
            path: 'api-tokens',
            element: (
              <RequireRoles roles={rolesFor('apiTokens')}>
                <ApiTokensRoute />
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
