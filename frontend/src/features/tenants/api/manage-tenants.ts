import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { tenantsQueryOptions } from './get-tenants';

export type CreateTenantRequest = components['schemas']['CreateTenantRequest'];

/** Every tenant change refreshes the platform's tenant list. */
function useTenantMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsQueryOptions.queryKey }),
  });
}

export function useCreateTenant() {
  return useTenantMutation((body: CreateTenantRequest) =>
    unwrap(api.POST('/api/v1/platform/tenants', { body })),
  );
}

export function useRenameTenant() {
  return useTenantMutation(({ id, name }: { id: string; name: string }) =>
    unwrap(api.PUT('/api/v1/platform/tenants/{id}', { params: { path: { id } }, body: { name } })),
  );
}

export function useSetTenantSuspended() {
  return useTenantMutation(({ id, suspended }: { id: string; suspended: boolean }) =>
    suspended
      ? unwrap(api.POST('/api/v1/platform/tenants/{id}/suspend', { params: { path: { id } } }))
      : unwrap(api.POST('/api/v1/platform/tenants/{id}/reactivate', { params: { path: { id } } })),
  );
}

export function useDeleteTenant() {
  return useTenantMutation(({ id, confirm }: { id: string; confirm: string }) =>
    unwrap(
      api.DELETE('/api/v1/platform/tenants/{id}', {
        params: { path: { id }, query: { confirm } },
      }),
    ),
  );
}
