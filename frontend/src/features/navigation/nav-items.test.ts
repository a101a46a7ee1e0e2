import { hasAnyRole, navItemsFor, rolesFor } from './nav-items';

const ids = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((i) => i.id);

describe('navItemsFor', () => {
  it('shows Home and My surveys to a plain employee', () => {
    expect(ids(['EMPLOYEE'])).toEqual(['home', 'surveys']);
  });

  it('shows only Home to a user without roles', () => {
    expect(ids([])).toEqual(['home']);
  });

  it.each(['LEADER', 'DEPARTMENT_MANAGER'] as const)(
    'shows Results, Departments and the benchmark figures but neither Tenants nor Settings to %s',
    (role) => {
      expect(ids([role])).toEqual([
        'home',
        'surveys',
        'results',
        'departments',
        'tenantBenchmarks',
      ]);
    },
  );

  it('shows the administration pages but not Tenants to a tenant admin', () => {
    expect(ids(['TENANT_ADMIN'])).toEqual([
      'home',
      'surveys',
      'results',
      'departments',
      'tenantBenchmarks',
      'people',
      'import',
      'models',
      'audit',
      'cycles',
      'settings',
      'sso',
      'apiTokens',
    ]);
  });

  it('shows Tenants and Benchmarks but not Departments to a platform admin', () => {
    expect(ids(['PLATFORM_ADMIN'])).toEqual(['home', 'tenants', 'benchmarks']);
  });

  it('combines roles without duplicates, in the defined order', () => {
    expect(ids(['PLATFORM_ADMIN', 'EMPLOYEE', 'LEADER', 'TENANT_ADMIN'])).toEqual([
      'home',
      'surveys',
      'results',
      'departments',
      'tenantBenchmarks',
      'people',
      'import',
      'models',
      'audit',
      'cycles',
      'tenants',
      'benchmarks',
      'settings',
      'sso',
      'apiTokens',
    ]);
  });
});

describe('route guards use the same definitions', () => {
  it('allows surveys to tenant admins only', () => {
    expect(hasAnyRole(['TENANT_ADMIN'], rolesFor('cycles'))).toBe(true);
    expect(hasAnyRole(['LEADER', 'DEPARTMENT_MANAGER', 'EMPLOYEE'], rolesFor('cycles'))).toBe(
      false,
    );
  });

  it('allows departments to managers but not employees', () => {
    expect(hasAnyRole(['DEPARTMENT_MANAGER'], rolesFor('departments'))).toBe(true);
    expect(hasAnyRole(['EMPLOYEE'], rolesFor('departments'))).toBe(false);
  });

  it('allows maturity models to tenant admins only', () => {
    expect(hasAnyRole(['TENANT_ADMIN'], rolesFor('models'))).toBe(true);
    expect(hasAnyRole(['LEADER', 'DEPARTMENT_MANAGER'], rolesFor('models'))).toBe(false);
  });

  it('offers My surveys to people of an organisation but not to platform operators', () => {
    expect(hasAnyRole(['EMPLOYEE'], rolesFor('surveys'))).toBe(true);
    expect(hasAnyRole(['PLATFORM_ADMIN'], rolesFor('surveys'))).toBe(false);
  });

  it('lets only platform operators manage benchmark sets, and keeps employees from the figures', () => {
    expect(hasAnyRole(['PLATFORM_ADMIN'], rolesFor('benchmarks'))).toBe(true);
    expect(hasAnyRole(['TENANT_ADMIN', 'LEADER'], rolesFor('benchmarks'))).toBe(false);
    expect(hasAnyRole(['LEADER'], rolesFor('tenantBenchmarks'))).toBe(true);
    expect(hasAnyRole(['EMPLOYEE', 'PLATFORM_ADMIN'], rolesFor('tenantBenchmarks'))).toBe(false);
  });

  it('allows results to leaders, tenant admins and department managers, not employees', () => {
    expect(hasAnyRole(['LEADER'], rolesFor('results'))).toBe(true);
    expect(hasAnyRole(['TENANT_ADMIN'], rolesFor('results'))).toBe(true);
    expect(hasAnyRole(['DEPARTMENT_MANAGER'], rolesFor('results'))).toBe(true);
    expect(hasAnyRole(['EMPLOYEE', 'PLATFORM_ADMIN'], rolesFor('results'))).toBe(false);
  });

  it('allows everyone home', () => {
    expect(hasAnyRole([], rolesFor('home'))).toBe(true);
  });
});
