import type { Role } from '@/features/auth/api/get-me';

export interface NavItem {
  id:
    | 'home'
    | 'surveys'
    | 'results'
    | 'departments'
    | 'tenantBenchmarks'
    | 'people'
    | 'import'
    | 'models'
    | 'audit'
    | 'cycles'
    | 'tenants'
    | 'benchmarks'
    | 'settings'
    | 'sso'
    | 'apiTokens';
  path: string;
  /** i18n key of the link text. */
  labelKey: string;
  /** Roles that may see and open the page; null means every signed-in user. */
  roles: readonly Role[] | null;
}

/** The one place that says which pages exist in the shell and who may use them. */
export const NAV_ITEMS = [
  { id: 'home', path: '/', labelKey: 'nav.home', roles: null },
  // Everyone in an organisation may be asked; platform operators never are.
  {
    id: 'surveys',
    path: '/surveys',
    labelKey: 'nav.surveys',
    roles: ['TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER', 'EMPLOYEE'],
  },
  {
    id: 'results',
    path: '/results',
    labelKey: 'nav.results',
    roles: ['LEADER', 'TENANT_ADMIN', 'DEPARTMENT_MANAGER'],
  },
  {
    id: 'departments',
    path: '/departments',
    labelKey: 'nav.departments',
    roles: ['TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER'],
  },
  {
    id: 'tenantBenchmarks',
    path: '/benchmarks/figures',
    labelKey: 'nav.tenantBenchmarks',
    roles: ['TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER'],
  },
  { id: 'people', path: '/people', labelKey: 'nav.people', roles: ['TENANT_ADMIN'] },
  { id: 'import', path: '/people/import', labelKey: 'nav.import', roles: ['TENANT_ADMIN'] },
  { id: 'models', path: '/models', labelKey: 'nav.models', roles: ['TENANT_ADMIN'] },
  { id: 'audit', path: '/audit', labelKey: 'nav.audit', roles: ['TENANT_ADMIN'] },
  { id: 'cycles', path: '/cycles', labelKey: 'nav.cycles', roles: ['TENANT_ADMIN'] },
  { id: 'tenants', path: '/tenants', labelKey: 'nav.tenants', roles: ['PLATFORM_ADMIN'] },
  { id: 'benchmarks', path: '/benchmarks', labelKey: 'nav.benchmarks', roles: ['PLATFORM_ADMIN'] },
  { id: 'settings', path: '/settings', labelKey: 'nav.settings', roles: ['TENANT_ADMIN'] },
  { id: 'sso', path: '/sso', labelKey: 'nav.sso', roles: ['TENANT_ADMIN'] },
  { id: 'apiTokens', path: '/api-tokens', labelKey: 'nav.apiTokens', roles: ['TENANT_ADMIN'] },
] as const satisfies readonly NavItem[];

export type NavItemId = (typeof NAV_ITEMS)[number]['id'];

export function hasAnyRole(userRoles: readonly Role[], allowed: readonly Role[] | null): boolean {
  return allowed === null || allowed.some((role) => userRoles.includes(role));
}

export function navItemsFor(userRoles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(userRoles, item.roles));
}

export function rolesFor(id: NavItemId): readonly Role[] | null {
  const item: NavItem | undefined = NAV_ITEMS.find((i) => i.id === id);
  return item ? item.roles : [];
}
