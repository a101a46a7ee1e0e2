import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Cycle = components['schemas']['CycleResponse'];
export type CycleRequest = components['schemas']['CycleRequest'];
export type CycleStatus = Cycle['status'];
export type CycleKind = Cycle['kind'];
export type Recurrence = Cycle['recurrence'];
export type CustomerLinkCounts = components['schemas']['CustomerLinkCountsResponse'];
export type ModelVersion = components['schemas']['VersionResponse'];

export const cyclesQueryOptions = queryOptions({
  queryKey: ['tenant', 'cycles'],
  queryFn: () => unwrap(api.GET('/api/v1/tenant/cycles')),
});

export function useCycles() {
  return useQuery(cyclesQueryOptions);
}

export function cycleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['tenant', 'cycles', id],
    queryFn: () => unwrap(api.GET('/api/v1/tenant/cycles/{id}', { params: { path: { id } } })),
  });
}

/** A survey; fetched again every 30 s while it is open, so participation and status stay current. */
export function useCycle(id: string) {
  return useQuery({
    ...cycleQueryOptions(id),
    refetchInterval: (query) => (query.state.data?.status === 'OPEN' ? 30_000 : false),
  });
}

function useInvalidateCycles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: cyclesQueryOptions.queryKey });
}

export function useCreateCycle() {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (body: CycleRequest) => unwrap(api.POST('/api/v1/tenant/cycles', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateCycle(id: string) {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (body: CycleRequest) =>
      unwrap(api.PUT('/api/v1/tenant/cycles/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteCycle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/tenant/cycles/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: cycleQueryOptions(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: cyclesQueryOptions.queryKey });
    },
  });
}

export type CycleAction = 'schedule' | 'unschedule' | 'open-now' | 'close-now';

export function useCycleAction(id: string) {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (action: CycleAction) => {
      const params = { params: { path: { id } } };
      switch (action) {
        case 'schedule':
          return unwrap(api.POST('/api/v1/tenant/cycles/{id}/schedule', params));
        case 'unschedule':
          return unwrap(api.POST('/api/v1/tenant/cycles/{id}/unschedule', params));
        case 'open-now':
          return unwrap(api.POST('/api/v1/tenant/cycles/{id}/open-now', params));
        case 'close-now':
          return unwrap(api.POST('/api/v1/tenant/cycles/{id}/close-now', params));
      }
    },
    onSuccess: invalidate,
  });
}

export function customerLinkCountsQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['tenant', 'cycles', id, 'customer-links'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/tenant/cycles/{id}/customer-links', { params: { path: { id } } })),
  });
}

export function useCustomerLinkCounts(id: string) {
  return useQuery(customerLinkCountsQueryOptions(id));
}

export function useCreateCustomerLinks(id: string) {
  const invalidate = useInvalidateCycles();
  return useMutation({
    mutationFn: (body: { count: number; label?: string }) =>
      unwrap(
        api.POST('/api/v1/tenant/cycles/{id}/customer-links', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** Published model versions to choose from, as "model, version". */
export const modelsQueryOptions = queryOptions({
  queryKey: ['tenant', 'models'],
  queryFn: () => unwrap(api.GET('/api/v1/tenant/models')),
});

export function useModels() {
  return useQuery(modelsQueryOptions);
}

export function useModelVersion(modelId: string | null, versionId: string | null) {
  return useQuery({
    queryKey: ['tenant', 'models', modelId, 'versions', versionId],
    enabled: Boolean(modelId && versionId),
    queryFn: async () =>
      // The contract documents this answer only for its 404, so its type is given here.
      (await unwrap(
        api.GET('/api/v1/tenant/models/{modelId}/versions/{versionId}', {
          params: { path: { modelId: modelId ?? '', versionId: versionId ?? '' } },
        }),
      )) as unknown as ModelVersion,
  });
}
