import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { departmentsQueryOptions } from './get-departments';

export type CreateDepartmentRequest = components['schemas']['CreateDepartmentRequest'];

export function createDepartment(body: CreateDepartmentRequest) {
  return unwrap(api.POST('/api/v1/departments', { body }));
}

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDepartment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: departmentsQueryOptions.queryKey }),
  });
}
