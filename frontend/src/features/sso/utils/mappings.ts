import type { Role } from '@/features/auth/api/get-me';

export const MAPPABLE_ROLES = ['TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER', 'EMPLOYEE'] as const;

export interface Parsed<T> {
  values: T[];
  /** 1-based numbers of the lines that could not be read. */
  badLines: number[];
}

/** Splits "group = value" lines; the last "=" separates, so group names may contain "=". */
function pairs(text: string): { line: number; group: string; value: string }[] {
  return text
    .split('\n')
    .map((raw, index) => ({ raw: raw.trim(), line: index + 1 }))
    .filter(({ raw }) => raw !== '')
    .map(({ raw, line }) => {
      const at = raw.lastIndexOf('=');
      return at < 0
        ? { line, group: '', value: '' }
        : { line, group: raw.slice(0, at).trim(), value: raw.slice(at + 1).trim() };
    });
}

export function parseGroupRoles(text: string): Parsed<{ group: string; role: Role }> {
  const values: { group: string; role: Role }[] = [];
  const badLines: number[] = [];
  for (const { line, group, value } of pairs(text)) {
    const role = MAPPABLE_ROLES.find((r) => r === value.toUpperCase());
    if (!group || !role) badLines.push(line);
    else values.push({ group, role });
  }
  return { values, badLines };
}

export function parseGroupDepartments(
  text: string,
  departments: readonly { id: string; name: string }[],
): Parsed<{ group: string; departmentId: string }> {
  const values: { group: string; departmentId: string }[] = [];
  const badLines: number[] = [];
  for (const { line, group, value } of pairs(text)) {
    const department = departments.find((d) => d.name.toLowerCase() === value.toLowerCase());
    if (!group || !department) badLines.push(line);
    else values.push({ group, departmentId: department.id });
  }
  return { values, badLines };
}

export function parseDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}
