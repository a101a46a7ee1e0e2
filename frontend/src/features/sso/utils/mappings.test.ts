import { parseDomains, parseGroupDepartments, parseGroupRoles } from './mappings';

describe('SSO mapping text', () => {
  it('reads "group = ROLE" lines and reports the lines it cannot read', () => {
    const parsed = parseGroupRoles(
      'admins = tenant_admin\n\nmanagers=DEPARTMENT_MANAGER\nnonsense\nx = KING',
    );
    expect(parsed.values).toEqual([
      { group: 'admins', role: 'TENANT_ADMIN' },
      { group: 'managers', role: 'DEPARTMENT_MANAGER' },
    ]);
    expect(parsed.badLines).toEqual([4, 5]);
  });

  it('maps department names case-insensitively to their ids', () => {
    const parsed = parseGroupDepartments('sales = customer service\nops = Nowhere', [
      { id: 'd1', name: 'Customer Service' },
    ]);
    expect(parsed.values).toEqual([{ group: 'sales', departmentId: 'd1' }]);
    expect(parsed.badLines).toEqual([2]);
  });

  it('splits domains on commas and whitespace, lower-cased and without duplicates', () => {
    expect(parseDomains('Example.com, example.com\nnordlys.no')).toEqual([
      'example.com',
      'nordlys.no',
    ]);
  });
});
