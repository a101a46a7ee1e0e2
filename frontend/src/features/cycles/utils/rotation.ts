/** How many of the model's statements one pulse asks: ceil(M / N), never more than M. */
export function statementsPerPulse(statements: number, rotation: number): number {
  if (statements <= 0 || rotation <= 0) return 0;
  return Math.min(statements, Math.ceil(statements / rotation));
}
