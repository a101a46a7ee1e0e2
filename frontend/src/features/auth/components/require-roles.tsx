import type { ReactNode } from 'react';
import { hasAnyRole } from '@/features/navigation/nav-items';
import { ForbiddenPage } from '@/components/forbidden-page';
import type { Role } from '../api/get-me';
import { useCurrentUser } from '../hooks/use-current-user';

/** Shows the children only to users with one of the roles; others get a "no access" page. */
export function RequireRoles({
  roles,
  children,
}: {
  roles: readonly Role[] | null;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  return hasAnyRole(user.roles, roles) ? children : <ForbiddenPage />;
}
