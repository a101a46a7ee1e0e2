import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ModelTemplate = components['schemas']['TemplateResponse'];
export type Model = components['schemas']['ModelResponse'];
export type VersionSummary = components['schemas']['VersionSummaryResponse'];
export type ModelVersion = components['schemas']['VersionResponse'];
export type VersionDimension = components['schemas']['DimensionResponse'];
export type VersionItem = components['schemas']['ItemResponse'];
export type DraftContentRequest = components['schemas']['DraftContentRequest'];
export type CreateModelRequest = components['schemas']['CreateModelRequest'];
export type UpdateModelRequest = components['schemas']['UpdateModelRequest'];

const modelsKey = ['tenant', 'models'] as const;

export const templatesQueryOptions = queryOptions({
  queryKey: ['tenant', 'model-templates'],
  queryFn: () => unwrap(api.GET('/api/v1/tenant/model-templates')),
  staleTime: Infinity,
});

export function useModelTemplates() {
  return useQuery(templatesQueryOptions);
}

export function useModels(includeArchived: boolean) {
  return useQuery({
    queryKey: [...modelsKey, 'list', { includeArchived }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/tenant/models', { params: { query: { includeArchived } } })),
  });
}

function modelKey(modelId: string) {
  return [...modelsKey, modelId] as const;
}

function versionKey(modelId: string, versionId: string) {
  return [...modelsKey, modelId, 'versions', versionId] as const;
}

export function useModel(modelId: string) {
  return useQuery({
    queryKey: modelKey(modelId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/tenant/models/{modelId}', { params: { path: { modelId } } })),
  });
}

export function useModelVersion(modelId: string, versionId: string | undefined) {
  return useQuery({
    queryKey: versionKey(modelId, versionId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/tenant/models/{modelId}/versions/{versionId}', {
          params: { path: { modelId, versionId: versionId ?? '' } },
        }),
      ),
    enabled: Boolean(versionId),
  });
}

/** After any change the model lists and the model (with its version summaries) are read again. */
function useRefreshModels() {
  const queryClient = useQueryClient();
  return (modelId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [...modelsKey, 'list'] }),
      queryClient.invalidateQueries({ queryKey: modelKey(modelId), exact: true }),
    ]);
}

export function useCreateModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateModelRequest) => unwrap(api.POST('/api/v1/tenant/models', { body })),
    onSuccess: (model) => {
      queryClient.setQueryData(modelKey(model.id), model);
      return queryClient.invalidateQueries({ queryKey: [...modelsKey, 'list'] });
    },
  });
}

export function useUpdateModel(modelId: string) {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (body: UpdateModelRequest) =>
      unwrap(api.PUT('/api/v1/tenant/models/{modelId}', { params: { path: { modelId } }, body })),
    onSuccess: () => refresh(modelId),
  });
}

export function useArchiveModel(modelId: string) {
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (archive: boolean) =>
      archive
        ? unwrap(
            api.POST('/api/v1/tenant/models/{modelId}/archive', {
              params: { path: { modelId } },
            }),
          )
        : unwrap(
            api.POST('/api/v1/tenant/models/{modelId}/restore', {
              params: { path: { modelId } },
            }),
          ),
    onSuccess: () => refresh(modelId),
  });
}

export function useSaveDraft(modelId: string, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftContentRequest) =>
      unwrap(
        api.PUT('/api/v1/tenant/models/{modelId}/versions/{versionId}', {
          params: { path: { modelId, versionId } },
          body,
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(versionKey(modelId, versionId), saved),
  });
}

export function usePublishVersion(modelId: string, versionId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/tenant/models/{modelId}/versions/{versionId}/publish', {
          params: { path: { modelId, versionId } },
        }),
      ),
    onSuccess: (published) => {
      queryClient.setQueryData(versionKey(modelId, versionId), published);
      return refresh(modelId);
    },
  });
}

export function useDeriveVersion(modelId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (fromVersionId: string) =>
      unwrap(
        api.POST('/api/v1/tenant/models/{modelId}/versions', {
          params: { path: { modelId } },
          body: { fromVersionId },
        }),
      ),
    onSuccess: async (derived) => {
      queryClient.setQueryData(versionKey(modelId, derived.id), derived);
      await refresh(modelId);
    },
  });
}

export function useDeleteDraft(modelId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshModels();
  return useMutation({
    mutationFn: (versionId: string) =>
      unwrap(
        api.DELETE('/api/v1/tenant/models/{modelId}/versions/{versionId}', {
          params: { path: { modelId, versionId } },
        }),
      ),
    onSuccess: async (_, versionId) => {
      queryClient.removeQueries({ queryKey: versionKey(modelId, versionId) });
      await refresh(modelId);
    },
  });
}
