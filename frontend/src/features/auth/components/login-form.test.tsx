import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n/i18n';
import { stubFetch } from '@/test/fetch-stub';
import { LoginForm } from './login-form';

function renderForm(onSuccess = vi.fn(), redirect = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LoginForm onSuccess={onSuccess} redirect={redirect} />
    </QueryClientProvider>,
  );
  return { onSuccess, client, redirect };
}

type Handler = Parameters<typeof stubFetch>[0];

/** Discovery answers PASSWORD; every other request goes to the given handler. */
function passwordAccount(handler: Handler): Handler {
  return (request) =>
    request.url.endsWith('/api/v1/auth/discover')
      ? { status: 200, body: { method: 'PASSWORD' } }
      : handler(request);
}

async function fillAndSubmit(email = 'admin@nordlys.example', password = 'secret') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows "wrong email or password" on a 401 problem', async () => {
    const { requests } = stubFetch(
      passwordAccount(() => ({
        status: 401,
        body: { title: 'Unauthorized', status: 401, detail: 'Bad credentials' },
      })),
    );
    const { onSuccess } = renderForm();
    await fillAndSubmit();

    expect(await screen.findByText('Wrong email or password.')).toBeInTheDocument();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(requests[0]!.url).toMatch(/\/api\/v1\/auth\/discover$/);
    expect(requests[1]!.url).toMatch(/\/api\/v1\/auth\/login$/);
    expect(await requests[1]!.json()).toEqual({
      email: 'admin@nordlys.example',
      password: 'secret',
    });
  });

  it('shows the translated message in Norwegian', async () => {
    await i18n.changeLanguage('nb');
    stubFetch(passwordAccount(() => ({ status: 401, body: { status: 401 } })));
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-post'), 'a@b.no');
    await user.click(screen.getByRole('button', { name: 'Fortsett' }));
    await user.type(await screen.findByLabelText('Passord'), 'x');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByText('Feil e-post eller passord.')).toBeInTheDocument();
  });

  it('shows the minutes to wait from Retry-After on a 429', async () => {
    stubFetch(
      passwordAccount(() => ({
        status: 429,
        body: { title: 'Too Many Requests', status: 429 },
        headers: { 'Retry-After': '600' },
      })),
    );
    renderForm();
    await fillAndSubmit();
    expect(
      await screen.findByText('Too many attempts. Try again in 10 minutes.'),
    ).toBeInTheDocument();
  });

  it('rounds a partial minute up and uses the singular', async () => {
    stubFetch(
      passwordAccount(() => ({
        status: 429,
        body: { status: 429 },
        headers: { 'Retry-After': '42' },
      })),
    );
    renderForm();
    await fillAndSubmit();
    expect(
      await screen.findByText('Too many attempts. Try again in 1 minute.'),
    ).toBeInTheDocument();
  });

  it('validates required fields without calling the server', async () => {
    const { fetchMock } = stubFetch(passwordAccount(() => ({ status: 500 })));
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(email).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(email, 'a@b.no');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('calls onSuccess after a successful sign-in', async () => {
    stubFetch(
      passwordAccount(() => ({
        status: 200,
        body: {
          id: '00000000-0000-0000-0000-000000000001',
          email: 'admin@nordlys.example',
          displayName: 'Ada Admin',
          roles: ['TENANT_ADMIN'],
          tenant: { id: '00000000-0000-0000-0000-000000000002', slug: 'nordlys', name: 'Nordlys' },
        },
      })),
    );
    const { onSuccess, client } = renderForm();
    await fillAndSubmit();
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(client.getQueryData(['me'])).toMatchObject({ displayName: 'Ada Admin' });
  });

  it('sends people of a single sign-on organisation to their provider without asking for a password', async () => {
    const { requests } = stubFetch(() => ({
      status: 200,
      body: { method: 'SSO', redirectUrl: '/oauth2/authorization/nordlys' },
    }));
    const { redirect, onSuccess } = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'kari@nordlys.no');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await vi.waitFor(() => expect(redirect).toHaveBeenCalledWith('/oauth2/authorization/nordlys'));
    expect(await requests[0]!.json()).toEqual({ email: 'kari@nordlys.no' });
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(onSuccess).not.toHaveBeenCalled();
  });
});
