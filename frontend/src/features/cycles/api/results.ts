import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type CycleResults = components['schemas']['CycleResults'];
export type GroupResults = components['schemas']['GroupResults'];
export type DimensionResult = components['schemas']['DimensionResult'];
export type StatementResult = components['schemas']['StatementResult'];
export type MaturityLevel = NonNullable<GroupResults['level']>;

/** How often live results are fetched again while a survey is open. */
export const LIVE_RESULTS_INTERVAL_MS = 30_000;

/**
 * A survey's results; fetched again every 30 s while it is open. The status is part of the key, so results are
 * fetched afresh when the survey closes, also when it closes by itself.
 */
export function useCycleResults(cycleId: string, status: string) {
  const live = status === 'OPEN';
  return useQuery({
    // Under the cycle's key, so every change to the cycle (e.g. "close now") refreshes the results too.
    queryKey: ['tenant', 'cycles', cycleId, 'results', status],
    queryFn: () =>
      unwrap(api.GET('/api/v1/tenant/cycles/{cycleId}/results', { params: { path: { cycleId } } })),
    refetchInterval: live ? LIVE_RESULTS_INTERVAL_MS : false,
    // The open survey's figures stay on screen while the closed survey's are fetched (never another survey's).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === cycleId ? previous : undefined,
  });
}
