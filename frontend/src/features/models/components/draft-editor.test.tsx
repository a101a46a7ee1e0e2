import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import type { ModelVersion } from '../api/models';
import { DraftEditor } from './draft-editor';

const v1: ModelVersion = {
  id: 'v1',
  modelId: 'm1',
  modelName: 'Growth',
  number: 1,
  status: 'PUBLISHED',
  lowUpTo: 2.5,
  mediumUpTo: 3.75,
  publishedAt: '2026-01-01T00:00:00Z',
  dimensions: [
    {
      id: 'd1',
      key: 'vision',
      name: { en: 'Vision' },
      weight: 1,
      items: [
        {
          id: 'v1-i1',
          key: 'vision-1',
          lineageId: 'l1',
          employeeText: { en: 'We have a vision.', nb: 'Vi har en visjon.' },
          customerText: {},
          reverseScored: false,
          weight: 1,
        },
        {
          id: 'v1-i2',
          key: 'vision-2',
          lineageId: 'l2',
          employeeText: { en: 'Our goals are concrete.' },
          customerText: {},
          reverseScored: false,
          weight: 1,
        },
      ],
    },
  ],
};

const v2: ModelVersion = {
  ...v1,
  id: 'v2',
  number: 2,
  status: 'DRAFT',
  derivedFromId: 'v1',
  publishedAt: undefined,
  dimensions: v1.dimensions.map((d) => ({
    ...d,
    id: 'd2',
    items: d.items.map((item) => ({ ...item, id: `v2-${item.key}`, derivedFromId: item.id })),
  })),
};

function renderEditor() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DraftEditor version={v2} sourceVersion={v1} onDeleted={() => {}} />
    </QueryClientProvider>,
  );
}

describe('DraftEditor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows carried-over statements, lets one be treated as new and saves the whole content', async () => {
    await i18n.changeLanguage('en');
    const fetchSpy = vi.fn<(request: Request) => Promise<Response>>(
      async () =>
        new Response(JSON.stringify(v2), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    renderEditor();

    expect(screen.getAllByText('Carried over from version 1')).toHaveLength(2);
    const second = screen.getByRole('group', { name: 'Statement 2 (vision-2)' });
    expect(within(second).getByText('Missing: Norsk (bokmål), Dansk, Svenska')).toBeVisible();
    await userEvent.selectOptions(
      within(second).getByLabelText('Trend across versions'),
      'Treat as a new statement (starts its own trend)',
    );
    expect(within(second).getByText('New statement')).toBeVisible();

    const first = screen.getByRole('group', { name: 'Statement 1 (vision-1)' });
    await userEvent.click(
      within(within(first).getByRole('group', { name: 'Language of Employee text' })).getByRole(
        'button',
        { name: 'Norsk (bokmål)' },
      ),
    );
    const norwegian = within(first).getByLabelText('Employee text in Norsk (bokmål)');
    expect(norwegian).toHaveValue('Vi har en visjon.');
    await userEvent.clear(norwegian);
    await userEvent.type(norwegian, 'Vi deler en visjon.');
    // Publishing waits until the changes are saved.
    expect(screen.getByRole('button', { name: 'Publish…' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('The draft was saved.')).toBeInTheDocument();
    const request = fetchSpy.mock.calls[0]?.[0];
    expect(request?.method).toBe('PUT');
    expect(new URL(request?.url ?? '').pathname).toBe('/api/v1/tenant/models/m1/versions/v2');
    const body = (await request?.json()) as {
      dimensions: { items: { employeeText: Record<string, string>; derivedFromId?: string }[] }[];
    };
    const [item1, item2] = body.dimensions[0]?.items ?? [];
    expect(item1?.derivedFromId).toBe('v1-i1');
    expect(item1?.employeeText).toEqual({ en: 'We have a vision.', nb: 'Vi deler en visjon.' });
    expect(item2).not.toHaveProperty('derivedFromId');
  });

  it('stops at client-side problems without calling the server and names them', async () => {
    await i18n.changeLanguage('en');
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    renderEditor();
    const low = screen.getByLabelText('Low up to');
    await userEvent.clear(low);
    await userEvent.type(low, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('The draft was not saved: 1 problem.')).toBeInTheDocument();
    expect(screen.getAllByText('The medium level must end above the low level.')).toHaveLength(2);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
