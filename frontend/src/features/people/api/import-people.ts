import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ImportPreview = components['schemas']['ImportPreviewResponse'];
export type ImportRow = components['schemas']['ImportRow'];

/** The CSV file is sent as it is (text/csv); the server decodes, checks and parses it. */
const csvBody = (csv: string) => ({
  body: csv,
  bodySerializer: (body: string) => body,
  headers: { 'Content-Type': 'text/csv' },
});

export function usePreviewImport() {
  return useMutation({
    mutationFn: (csv: string) => unwrap(api.POST('/api/v1/people/import/preview', csvBody(csv))),
  });
}

export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => unwrap(api.POST('/api/v1/people/import', csvBody(csv))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}
