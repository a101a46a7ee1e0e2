import { render, screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n/i18n';
import type { Heatmap } from '../api/analytics';
import { HeatmapTable } from './heatmap-table';

const heatmap: Heatmap = {
  cycleId: 'c1',
  anonymityThreshold: 5,
  dimensions: [{ id: 'd1', key: 'vision', name: { en: 'Vision', nb: 'Visjon' }, weight: 1 }],
  rows: [
    {
      depth: 0,
      responseCount: 8,
      index: 3.62,
      level: 'MEDIUM',
      cells: [{ dimensionId: 'd1', index: 4.1, index100: 77.5, level: 'HIGH' }],
    },
    {
      departmentId: 'sales',
      name: 'Sales',
      depth: 1,
      cells: [],
      suppressedReason: 'BELOW_THRESHOLD',
    },
  ],
};

describe('HeatmapTable', () => {
  it('shows a shown cell’s number and level, and only words for a hidden one', async () => {
    await i18n.changeLanguage('en');
    render(<HeatmapTable heatmap={heatmap} />);

    const table = screen.getByRole('table', {
      name: 'Maturity index (1–5) per department and dimension',
    });
    const whole = within(table).getByRole('row', { name: /Whole organisation/ });
    expect(within(whole).getByText('4.10')).toBeInTheDocument();
    expect(within(whole).getByText('High')).toBeInTheDocument();
    expect(within(whole).getByText('3.62')).toBeInTheDocument();

    const sales = within(table).getByRole('row', { name: /Sales/ });
    expect(within(sales).getAllByText('Hidden to protect anonymity')).toHaveLength(2);
    expect(within(sales).getAllByText('(fewer than 5 answers)')).toHaveLength(2);
    expect(within(sales).queryByText(/\d\.\d/)).toBeNull();
  });

  it('formats numbers in the reader’s language', async () => {
    await i18n.changeLanguage('nb');
    render(<HeatmapTable heatmap={heatmap} />);
    expect(screen.getByText('4,10')).toBeInTheDocument();
    expect(screen.getAllByText('Skjult for å beskytte anonymiteten')).toHaveLength(2);
  });
});
