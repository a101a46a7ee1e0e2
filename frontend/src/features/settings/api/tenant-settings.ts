import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { meQueryKey } from '@/features/auth/api/get-me';
import type { components } from '@/lib/api/schema';

export type TenantSettings = components['schemas']['TenantSettings'];

export const tenantSettingsQueryOptions = queryOptions({
  queryKey: ['tenant', 'settings'],
  queryFn: () => unwrap(api.GET('/api/v1/tenant/settings')),
});

export function useTenantSettings() {
  return useQuery(tenantSettingsQueryOptions);
}

export function useUpdateTenantSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TenantSettings) => unwrap(api.PUT('/api/v1/tenant/settings', { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(tenantSettingsQueryOptions.queryKey, saved);
      // The tenant's name appears in the shell, which reads it from /me.
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
