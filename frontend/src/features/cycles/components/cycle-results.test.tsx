import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n/i18n';
import { stubFetch } from '@/test/fetch-stub';
import type { Cycle } from '../api/cycles';
import type { CycleResults as Results } from '../api/results';
import { CycleResults } from './cycle-results';

const cycle = {
  id: 'c1',
  name: 'Spring assessment',
  kind: 'ASSESSMENT',
  status: 'CLOSED',
  outsideIn: true,
  modelVersionId: 'v1',
  modelName: 'Customer orientation',
  modelVersionNumber: 1,
  participation: { participants: 8, invited: 8, answered: 6, rate: 0.75 },
} as unknown as Cycle;

const results: Results = {
  cycleId: 'c1',
  cycleName: 'Spring assessment',
  status: 'CLOSED',
  anonymityThreshold: 5,
  responseCount: 8,
  participation: { invited: 8, answered: 6 },
  employees: {
    responseCount: 6,
    suppressed: false,
    index: 3.47,
    index100: 61.75,
    level: 'MEDIUM',
    dimensions: [
      {
        id: 'd1',
        key: 'insight',
        name: { en: 'Customer insight', nb: 'Kundeinnsikt' },
        mean: 4.2,
        dontKnowCount: 1,
        statements: [
          {
            id: 's1',
            key: 'i1',
            text: { en: 'We know our customers.', nb: 'Vi kjenner kundene våre.' },
            reverseScored: false,
            mean: 4.2,
            answerCount: 5,
            dontKnowCount: 1,
          },
        ],
      },
    ],
  },
  customers: { responseCount: 2, suppressed: true, dimensions: [] },
};

const version = {
  id: 'v1',
  modelId: 'm1',
  modelName: 'Customer orientation',
  number: 1,
  status: 'PUBLISHED',
  lowUpTo: 2.5,
  mediumUpTo: 3.75,
  dimensions: [],
};

function renderResults() {
  stubFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/tenant/cycles/c1/results') return { status: 200, body: results };
    if (path === '/api/v1/tenant/models') {
      return {
        status: 200,
        body: [{ id: 'm1', name: 'Customer orientation', versions: [{ id: 'v1' }] }],
      };
    }
    if (path === '/api/v1/tenant/models/m1/versions/v1') return { status: 200, body: version };
    return { status: 404 };
  });
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <CycleResults cycle={cycle} />
    </QueryClientProvider>,
  );
}

describe('CycleResults', () => {
  it('shows turnout, the employees’ index with each dimension’s level, and only a count for too few customers', async () => {
    await i18n.changeLanguage('en');
    renderResults();

    await screen.findByRole('heading', { name: 'Employees' });
    expect(screen.getByText('75%')).toBeInTheDocument();
    expect(screen.getByText('Based on 6 answers.')).toBeInTheDocument();
    expect(screen.getAllByText('3.47')).not.toHaveLength(0);
    expect(screen.getByText('62')).toBeInTheDocument();

    const dimensions = screen.getByRole('table', {
      name: 'Employees: maturity index per dimension',
    });
    const row = within(dimensions).getByRole('row', { name: /Customer insight/ });
    // 4.2 is above the model version's medium limit of 3.75, so the dimension is high.
    expect(await within(row).findByText('High')).toBeInTheDocument();
    expect(within(row).getByText('4.20')).toBeInTheDocument();
    expect(within(row).getByText('80')).toBeInTheDocument();

    const statements = screen.getByRole('table', {
      name: 'Employees: statements in Customer insight',
    });
    expect(within(statements).getByRole('rowheader')).toHaveTextContent('We know our customers.');

    expect(
      screen.getByText('Results are shown once at least 5 people have answered; 2 so far.'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(2);
  });

  it('names dimensions and statements in the reader’s language', async () => {
    await i18n.changeLanguage('nb');
    renderResults();

    expect(
      await screen.findByRole('table', { name: 'Ansatte: påstander i Kundeinnsikt' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Vi kjenner kundene våre.')).toBeInTheDocument();
    expect(screen.getAllByText('3,47')).not.toHaveLength(0);
  });
});
