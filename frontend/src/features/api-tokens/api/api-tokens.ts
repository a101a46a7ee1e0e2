import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ApiToken = components['schemas']['ApiTokenResponse'];
export type CreateApiTokenRequest = components['schemas']['CreateApiTokenRequest'];

export const apiTokensQueryOptions = queryOptions({
  queryKey: ['tenant', 'api-tokens'],
  queryFn: () => unwrap(api.GET('/api/v1/tenant/api-tokens')),
});

export function useApiTokens() {
  return useQuery(apiTokensQueryOptions);
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenRequest) =>
      unwrap(api.POST('/api/v1/tenant/api-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryOptions.queryKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/tenant/api-tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryOptions.queryKey }),
  });
}
