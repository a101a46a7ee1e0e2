import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import i18n from '@/lib/i18n/i18n';
import { stubFetch } from '@/test/fetch-stub';
import { PublicSurveyLayout } from './public-survey-layout';
import { SurveyPage } from './survey-page';

const survey = {
  cycleId: 'c1',
  cycleName: 'Spring pulse',
  kind: 'PULSE',
  closesAt: '2026-12-01T00:00:00Z',
  organisation: 'Nordlys Energi',
  language: 'en',
  respondent: 'EMPLOYEE',
  dimensions: [
    { id: 'd1', name: 'Vision', statements: [{ id: 's1', text: 'We have a clear vision.' }] },
    { id: 'd2', name: 'Leadership', statements: [{ id: 's2', text: 'Leaders follow up.' }] },
  ],
};

function renderPage(token = 'a_token') {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <SurveyPage source={{ kind: 'link', token }} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('SurveyPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('answers theme by theme, reviews, retries a failed submit with the same key and thanks', async () => {
    const posted: unknown[] = [];
    let attempts = 0;
    stubFetch(async (request) => {
      if (request.method === 'GET') return { status: 200, body: survey };
      posted.push(await request.json());
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return {
        status: 201,
        body: { cycleId: 'c1', cycleName: 'Spring pulse', recordedOn: '2026-11-02' },
      };
    });
    renderPage();
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 1, name: 'Spring pulse' });
    expect(screen.getByText('0 of 2 answered')).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'We have a clear vision.' });
    await user.click(within(first).getByRole('radio', { name: /Agree$/ }));
    expect(screen.getByText('1 of 2 answered')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Comment on Vision (optional)'), '<b>hi</b>');
    expect(screen.getByText('9 of 2000 characters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(await screen.findByText(/1 statement has no answer yet/)).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Change answers on Leadership' }));
    const second = screen.getByRole('group', { name: 'Leaders follow up.' });
    await user.click(within(second).getByRole('radio', { name: 'Don’t know' }));
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(screen.getByText('<b>hi</b>')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit answers' }));
    expect(await screen.findByText(/could not reach Maturo/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Thank you!' });
    expect(posted).toHaveLength(2);
    expect(posted[1]).toEqual(posted[0]);
    expect(posted[0]).toMatchObject({
      answers: [{ itemId: 's1', value: 4 }, { itemId: 's2' }],
      comments: [{ dimensionId: 'd1', text: '<b>hi</b>' }],
    });
    // The draft is gone from this device once the answers are in.
    expect(
      Object.keys(window.localStorage).filter((k) => k.startsWith('maturo.survey-draft.')),
    ).toEqual([]);
  });

  it('explains an unknown link', async () => {
    stubFetch(() => ({
      status: 404,
      body: { status: 404, detail: 'This survey link is not valid.' },
    }));
    renderPage('nonsense');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
  });

  it('says so when the link was already used', async () => {
    stubFetch(() => ({ status: 410, body: { status: 410, reason: 'ANSWERED', detail: 'Used.' } }));
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Already answered' })).toBeInTheDocument();
  });
});

describe('SurveyPage languages', () => {
  it('starts in the language asked for and follows the picker afterwards', async () => {
    await i18n.changeLanguage('en');
    stubFetch(() => ({ status: 404, body: { status: 404, detail: 'Unknown.' } }));
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <PublicSurveyLayout>
            <SurveyPage source={{ kind: 'customer', token: 'c_x' }} initialLanguage="nb" />
          </PublicSurveyLayout>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Denne lenken virker ikke' }),
    ).toBeInTheDocument();
    await userEvent.setup().selectOptions(screen.getByLabelText('Språk'), 'en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
  });
});
