import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type UpdateDepartmentRequest = components['schemas']['UpdateDepartmentRequest'];

function useInvalidateDepartments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['departments'] });
}

export function useUpdateDepartment() {
  const invalidate = useInvalidateDepartments();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDepartmentRequest }) =>
      unwrap(api.PUT('/api/v1/departments/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useArchiveDepartment() {
  const invalidate = useInvalidateDepartments();
  return useMutation({
    mutationFn: ({ id, archive }: { id: string; archive: boolean }) =>
      archive
        ? unwrap(api.POST('/api/v1/departments/{id}/archive', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/departments/{id}/restore', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
