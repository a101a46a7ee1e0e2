import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AuditEvent = components['schemas']['AuditEventResponse'];

export interface AuditFilter {
  action?: string;
  actor?: string;
  /** ISO date-times. */
  from?: string;
  to?: string;
}

export const auditEventsQueryOptions = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit-events', filter],
    queryFn: () =>
      unwrap(api.GET('/api/v1/audit-events', { params: { query: { ...filter, limit: 200 } } })),
  });

export function useAuditEvents(filter: AuditFilter) {
  return useQuery(auditEventsQueryOptions(filter));
}

/** The CSV export link for the same filters. */
export function exportHref(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/v1/audit-events/export${query ? `?${query}` : ''}`;
}

/** A compact one-line view of a before/after value: only the keys that changed when both exist. */
export function describeChange(before: unknown, after: unknown): { before: string; after: string } {
  const show = (value: unknown) => (value == null ? '' : JSON.stringify(value));
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    const pick = (value: Record<string, unknown>) =>
      keys.map((key) => `${key}: ${show(value[key]) || '–'}`).join(', ');
    return { before: pick(before), after: pick(after) };
  }
  return { before: show(before), after: show(after) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
