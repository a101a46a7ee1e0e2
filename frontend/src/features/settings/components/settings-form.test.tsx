import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '@/lib/i18n/i18n';
import { SettingsForm } from './settings-form';

function renderForm() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SettingsForm settings={{ name: 'Nordlys', defaultLocale: 'nb', anonymityThreshold: 5 }} />
    </QueryClientProvider>,
  );
}

describe('SettingsForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses an anonymity threshold below 3 without calling the server', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    renderForm();
    const threshold = screen.getByLabelText('Anonymity threshold');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      await screen.findByText('The anonymity threshold must be a whole number of at least 3.'),
    ).toBeInTheDocument();
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('saves valid settings with PUT and confirms', async () => {
    const fetchSpy = vi.fn<(request: Request) => Promise<Response>>(
      async () =>
        new Response(
          JSON.stringify({ name: 'Nordlys Energi', defaultLocale: 'nb', anonymityThreshold: 7 }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    vi.stubGlobal('fetch', fetchSpy);
    renderForm();
    const threshold = screen.getByLabelText('Anonymity threshold');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    const request = fetchSpy.mock.calls[0]?.[0];
    if (!request) throw new Error('no request was sent');
    expect(request.method).toBe('PUT');
    expect(await request.json()).toEqual({
      name: 'Nordlys',
      defaultLocale: 'nb',
      anonymityThreshold: 7,
    });
  });
});
