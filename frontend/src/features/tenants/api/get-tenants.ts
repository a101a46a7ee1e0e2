import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Tenant = components['schemas']['TenantResponse'];

export const tenantsQueryOptions = queryOptions({
  queryKey: ['platform', 'tenants'],
  queryFn: () => unwrap(api.GET('/api/v1/platform/tenants')),
});

export function useTenants() {
  return useQuery(tenantsQueryOptions);
}
