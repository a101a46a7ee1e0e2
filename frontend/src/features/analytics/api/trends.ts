import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Trends = components['schemas']['Trends'];
export type TrendCycle = components['schemas']['TrendCycle'];
export type TrendDimension = components['schemas']['TrendDimension'];
export type TrendPoint = components['schemas']['TrendPoint'];

export interface TrendsFilter {
  departmentId?: string;
  roleLevel?: string;
}

export function trendsQueryOptions(filter: TrendsFilter = {}) {
  return queryOptions({
    queryKey: ['analytics', 'trends', filter.departmentId ?? null, filter.roleLevel ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/analytics/trends', {
          params: { query: { departmentId: filter.departmentId, roleLevel: filter.roleLevel } },
        }),
      ),
  });
}

/** Per dimension and assessment (oldest first): mean, 95% interval and significant changes. */
export function useTrends(filter: TrendsFilter = {}) {
  return useQuery(trendsQueryOptions(filter));
}
