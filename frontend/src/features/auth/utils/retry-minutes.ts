/** Whole minutes to wait for a Retry-After given in seconds (at least one). */
export function retryMinutes(seconds: number | null): number {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return 1;
  return Math.max(1, Math.ceil(seconds / 60));
}
