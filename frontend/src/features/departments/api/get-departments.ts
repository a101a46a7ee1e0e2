import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Department = components['schemas']['DepartmentResponse'];

export const departmentsQueryOptions = queryOptions({
  queryKey: ['departments'],
  queryFn: () => unwrap(api.GET('/api/v1/departments')),
});

export function useDepartments() {
  return useQuery(departmentsQueryOptions);
}

/** Active and archived departments (tenant admins only). */
export const allDepartmentsQueryOptions = queryOptions({
  queryKey: ['departments', 'all'],
  queryFn: () =>
    unwrap(api.GET('/api/v1/departments', { params: { query: { includeArchived: true } } })),
});

export function useAllDepartments(enabled = true) {
  return useQuery({ ...allDepartmentsQueryOptions, enabled });
}
