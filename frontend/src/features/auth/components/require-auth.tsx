import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/get-me';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';

/** Renders the child routes for signed-in users; sends everyone else to /login. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <LoadingPage />;
  if (me.isError) return <ErrorPanel error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return <Outlet />;
}
