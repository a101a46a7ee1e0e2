import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type TenantBenchmarkSet = components['schemas']['TenantBenchmarkSet'];
export type TenantBenchmarkFigure = components['schemas']['TenantBenchmarkFigure'];

type Locale = 'en' | 'nb' | 'da' | 'sv';

export const tenantBenchmarksQueryOptions = (locale: Locale) =>
  queryOptions({
    queryKey: ['benchmarks', locale],
    queryFn: () => unwrap(api.GET('/api/v1/benchmarks', { params: { query: { locale } } })),
  });

export function useTenantBenchmarks(locale: Locale) {
  return useQuery(tenantBenchmarksQueryOptions(locale));
}
