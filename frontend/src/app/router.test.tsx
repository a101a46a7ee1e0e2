import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import i18n from '@/lib/i18n/i18n';
import { stubFetch } from '@/test/fetch-stub';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { routes } from './router';

const employee = {
  id: '00000000-0000-0000-0000-000000000001',
  email: 'emp@nordlys.example',
  displayName: 'Eva Employee',
  roles: ['EMPLOYEE'],
  tenant: { id: '00000000-0000-0000-0000-000000000002', slug: 'nordlys', name: 'Nordlys Energi' },
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

describe('routing', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('sends an unauthenticated visitor to /login', async () => {
    stubFetch(() => ({ status: 401, body: { status: 401, title: 'Unauthorized' } }));
    const router = renderAt('/departments');
    expect(await screen.findByRole('heading', { name: 'Sign in to Maturo' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the shell with role-aware navigation and a no-access page for guarded routes', async () => {
    stubFetch(() => ({ status: 200, body: employee }));
    renderAt('/departments');
    expect(await screen.findByRole('heading', { name: 'No access' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(nav).toHaveTextContent('Home');
    expect(nav).not.toHaveTextContent('Departments');
    expect(screen.getByText('Nordlys Energi')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('greets the user with translated role names on the home page', async () => {
    stubFetch(() => ({ status: 200, body: { ...employee, roles: ['LEADER', 'EMPLOYEE'] } }));
    renderAt('/');
    expect(await screen.findByRole('heading', { name: 'Welcome, Eva Employee' })).toBeVisible();
    expect(screen.getByText('Leader')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Departments' })).toBeInTheDocument();
  });
});
