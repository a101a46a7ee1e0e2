import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type CycleSummary = components['schemas']['CycleSummary'];
export type GroupFigures = components['schemas']['GroupFigures'];
export type DimensionFigures = components['schemas']['DimensionFigures'];
export type StatementFigures = components['schemas']['StatementFigures'];
export type Heatmap = components['schemas']['Heatmap'];
export type HeatmapRow = components['schemas']['HeatmapRow'];
export type PerceptionGap = components['schemas']['PerceptionGap'];
export type GapDimension = components['schemas']['GapDimension'];
export type SuppressedReason = NonNullable<GroupFigures['suppressedReason']>;

/** Open and closed surveys the viewer may see results of, newest first. */
export function useAnalyticsCycles() {
  return useQuery({
    queryKey: ['analytics', 'cycles'],
    queryFn: () => unwrap(api.GET('/api/v1/analytics/cycles')),
  });
}

/** The figures of the whole organisation (a manager's department), or of one department and/or role level. */
export function useScores(cycleId: string, departmentId: string, roleLevel: string) {
  return useQuery({
    queryKey: ['analytics', 'cycles', cycleId, 'scores', departmentId, roleLevel],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/analytics/cycles/{cycleId}/scores', {
          params: {
            path: { cycleId },
            query: {
              departmentId: departmentId || undefined,
              roleLevel: roleLevel || undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useHeatmap(cycleId: string) {
  return useQuery({
    queryKey: ['analytics', 'cycles', cycleId, 'heatmap'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/analytics/cycles/{cycleId}/heatmap', { params: { path: { cycleId } } }),
      ),
  });
}

export function usePerceptionGap(cycleId: string, departmentId: string) {
  return useQuery({
    queryKey: ['analytics', 'cycles', cycleId, 'perception-gap', departmentId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/analytics/cycles/{cycleId}/perception-gap', {
          params: { path: { cycleId }, query: { departmentId: departmentId || undefined } },
        }),
      ),
  });
}
