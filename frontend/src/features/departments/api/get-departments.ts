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
