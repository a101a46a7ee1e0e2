import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type BenchmarkSet = components['schemas']['BenchmarkSetResponse'];
export type BenchmarkFigure = components['schemas']['BenchmarkFigureResponse'];
export type BenchmarkImportPreview = components['schemas']['BenchmarkImportPreview'];

export interface BenchmarkSetDetails {
  key: string;
  name: string;
  source: string;
  year: number;
  description?: string;
}

export const platformBenchmarksQueryOptions = queryOptions({
  queryKey: ['platform', 'benchmarks'],
  queryFn: () => unwrap(api.GET('/api/v1/platform/benchmarks')),
});

export function usePlatformBenchmarks() {
  return useQuery(platformBenchmarksQueryOptions);
}

/** The CSV file is sent as it is (text/csv); the server decodes, checks and parses it. */
const csvBody = (csv: string) => ({
  body: csv,
  bodySerializer: (body: string) => body,
  headers: { 'Content-Type': 'text/csv' },
});

export function usePreviewBenchmarks() {
  return useMutation({
    mutationFn: (csv: string) =>
      unwrap(api.POST('/api/v1/platform/benchmarks/preview', csvBody(csv))),
  });
}

export function useCreateBenchmarkSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, details }: { csv: string; details: BenchmarkSetDetails }) =>
      unwrap(
        api.POST('/api/v1/platform/benchmarks', {
          ...csvBody(csv),
          params: {
            query: {
              key: details.key,
              name: details.name,
              source: details.source,
              year: details.year,
              ...(details.description ? { description: details.description } : {}),
            },
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['platform', 'benchmarks'] }),
  });
}

export function useDeleteBenchmarkSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/platform/benchmarks/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['platform', 'benchmarks'] }),
  });
}
