import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type DiscoverResponse = components['schemas']['DiscoverResponse'];

/** Home-realm discovery: does this email sign in with a password or through its organisation? */
export function discover(email: string) {
  return unwrap(api.POST('/api/v1/auth/discover', { body: { email } }));
}

export function useDiscover() {
  return useMutation({ mutationFn: discover });
}
