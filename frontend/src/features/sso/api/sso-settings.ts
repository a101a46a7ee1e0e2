import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SsoSettings = components['schemas']['SsoSettingsResponse'];
export type SsoSettingsRequest = components['schemas']['SsoSettingsRequest'];
export type SsoCheckResult = components['schemas']['SsoCheckResult'];

export const ssoSettingsQueryKey = ['tenant', 'sso'] as const;

export function useSsoSettings() {
  return useQuery({
    queryKey: ssoSettingsQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/tenant/sso')),
  });
}

export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SsoSettingsRequest) => unwrap(api.PUT('/api/v1/tenant/sso', { body })),
    onSuccess: (saved) => queryClient.setQueryData(ssoSettingsQueryKey, saved),
  });
}

export function useTestSsoConnection() {
  return useMutation({
    mutationFn: (issuerUrl: string) =>
      unwrap(api.POST('/api/v1/tenant/sso/test', { body: { issuerUrl } })),
  });
}
