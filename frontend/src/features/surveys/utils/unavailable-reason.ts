import { ApiError } from '@/lib/api/problem';

export type UnavailableReason = 'unknown' | 'answered' | 'closed' | 'notOpen' | 'unavailable';

/** Why a survey cannot be answered, from the server's answer; null for errors worth retrying. */
export function unavailableReason(error: unknown): UnavailableReason | null {
  if (!(error instanceof ApiError)) return null;
  const reason = (error.problem as Record<string, unknown> | null)?.['reason'];
  if (reason === 'ANSWERED') return 'answered';
  if (reason === 'CLOSED') return 'closed';
  if (reason === 'NOT_OPEN') return 'notOpen';
  if (reason === 'UNAVAILABLE') return 'unavailable';
  if (error.status === 404) return 'unknown';
  return null;
}
