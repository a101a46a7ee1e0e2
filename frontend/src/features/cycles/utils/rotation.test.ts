import { statementsPerPulse } from './rotation';

describe('statementsPerPulse', () => {
  it('asks ceil(M / N) statements', () => {
    expect(statementsPerPulse(24, 4)).toBe(6);
    expect(statementsPerPulse(24, 5)).toBe(5);
    expect(statementsPerPulse(10, 3)).toBe(4);
  });

  it('asks the whole model with rotation 1 and one at a time with a long rotation', () => {
    expect(statementsPerPulse(24, 1)).toBe(24);
    expect(statementsPerPulse(3, 7)).toBe(1);
  });

  it('asks nothing of an empty model', () => {
    expect(statementsPerPulse(0, 4)).toBe(0);
  });
});
