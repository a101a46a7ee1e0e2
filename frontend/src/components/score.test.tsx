import { render, screen } from '@testing-library/react';
import { LevelBadge, Score } from './score';

describe('Score', () => {
  it.each([
    [4, '75%'],
    [0.5, '0%'],
    [6, '100%'],
  ])('fills %s of 1-5 to %s, inside its track', (value, width) => {
    const { container } = render(<Score value={value} text={String(value)} />);
    expect(container.querySelector('.score-bar-fill')).toHaveStyle({ width });
  });

  it('shows the figure as text and hides the bar from screen readers', () => {
    const { container } = render(<Score value={3} text="3.00" />);
    expect(screen.getByText('3.00')).toBeInTheDocument();
    expect(container.querySelector('.score-bar')).toHaveAttribute('aria-hidden', 'true');
  });

  it('names the level in text', () => {
    render(<LevelBadge level="HIGH" label="High" />);
    expect(screen.getByText('High')).toHaveClass('badge', 'level-high');
  });
});
