import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '@/lib/api/client';
import { meQueryKey } from './get-me';

/** Resolves to the identity provider's sign-out address when the session came from single sign-on. */
export async function logout(): Promise<string | undefined> {
  const result = await unwrap(api.POST('/api/v1/auth/logout'));
  return result && typeof result === 'object' && 'redirectUrl' in result
    ? result.redirectUrl
    : undefined;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async (providerLogout) => {
      // Even if the call failed (e.g. the session had already expired) the user wants out.
      await queryClient.cancelQueries();
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      if (providerLogout) {
        // Sign out at the organisation's identity provider too; it returns the browser to /login.
        window.location.assign(providerLogout);
        return;
      }
      await navigate('/login', { replace: true });
    },
  });
}
