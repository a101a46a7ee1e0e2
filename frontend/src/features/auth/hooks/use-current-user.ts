import { useSuspenseQuery } from '@tanstack/react-query';
import { meQueryOptions, type Me } from '../api/get-me';

/**
 * The signed-in user, for components rendered inside the authenticated shell
 * (the auth guard has already made sure there is one).
 */
export function useCurrentUser(): Me {
  const { data } = useSuspenseQuery(meQueryOptions);
  if (!data) throw new Error('useCurrentUser used outside the authenticated area');
  return data;
}
