import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { meQueryKey } from './get-me';

export type LoginRequest = components['schemas']['LoginRequest'];

export function login(body: LoginRequest) {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // The session changed: forget anything cached for a previous user.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
