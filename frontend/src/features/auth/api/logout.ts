import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '@/lib/api/client';
import { meQueryKey } from './get-me';

export function logout() {
  return unwrap(api.POST('/api/v1/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Even if the call failed (e.g. the session had already expired) the user wants out.
      await queryClient.cancelQueries();
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      await navigate('/login', { replace: true });
    },
  });
}
