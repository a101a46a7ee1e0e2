import { render, screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n/i18n';
import type { Trends } from '../api/trends';
import { TrendsTable } from './trends-table';

const trends: Trends = {
  cycles: [
    {
      id: 'q1',
      name: 'Q1',
      status: 'CLOSED',
      opensAt: '2026-01-05T08:00:00Z',
      closesAt: '2026-01-26T08:00:00Z',
      anonymityThreshold: 5,
      responses: 6,
    },
    {
      id: 'q2',
      name: 'Q2',
      status: 'CLOSED',
      opensAt: '2026-04-05T08:00:00Z',
      closesAt: '2026-04-26T08:00:00Z',
      anonymityThreshold: 5,
      responses: 6,
    },
    {
      id: 'q3',
      name: 'Q3',
      status: 'OPEN',
      opensAt: '2026-07-05T08:00:00Z',
      closesAt: '2026-07-26T08:00:00Z',
      anonymityThreshold: 5,
      suppressedReason: 'BELOW_THRESHOLD',
    },
  ],
  dimensions: [
    {
      key: 'insight',
      name: { en: 'Customer insight', nb: 'Kundeinnsikt' },
      points: [
        { cycleId: 'q1', mean: 3.0, n: 6, ciLow: 2.34, ciHigh: 3.66, significant: false },
        {
          cycleId: 'q2',
          mean: 4.0,
          n: 6,
          ciLow: 3.34,
          ciHigh: 4.66,
          change: 1.0,
          pValue: 0.0209,
          significant: true,
        },
        { cycleId: 'q3', significant: false, suppressedReason: 'BELOW_THRESHOLD' },
      ],
    },
  ],
};

describe('TrendsTable', () => {
  it('shows mean and interval per assessment, a rising arrow with a significant mark, and hidden cells in words', async () => {
    await i18n.changeLanguage('en');
    render(<TrendsTable trends={trends} />);

    const table = screen.getByRole('table', {
      name: 'Trend per dimension across assessments (mean, 95% confidence interval)',
    });
    expect(
      within(table).getByRole('columnheader', { name: 'Q3 (open, may still change)' }),
    ).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Customer insight/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('3.0 (2.3–3.7)');
    expect(cells[0]).not.toHaveTextContent('significant');
    expect(cells[1]).toHaveTextContent('4.0 (3.3–4.7)');
    expect(cells[1]).toHaveTextContent('up from the previous assessment');
    expect(within(cells[1]!).getByText('significant')).toBeInTheDocument();
    expect(cells[2]).toHaveTextContent('Hidden (too few answers)');
  });

  it('speaks the reader’s language, numbers included', async () => {
    await i18n.changeLanguage('nb');
    render(<TrendsTable trends={trends} />);

    const row = screen.getByRole('row', { name: /Kundeinnsikt/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('4,0 (3,3–4,7)');
    expect(within(cells[1]!).getByText('signifikant')).toBeInTheDocument();
    expect(cells[2]).toHaveTextContent('Skjult (for få svar)');
  });
});
