import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Person = components['schemas']['PersonResponse'];
export type InvitePersonRequest = components['schemas']['InvitePersonRequest'];
export type UpdatePersonRequest = components['schemas']['UpdatePersonRequest'];
export type RoleLevel = NonNullable<Person['roleLevel']>;

export const ROLE_LEVELS: readonly RoleLevel[] = [
  'TOP_MANAGEMENT',
  'MIDDLE_MANAGEMENT',
  'SPECIALIST',
  'FRONTLINE',
];
export const TENANT_ROLES = ['TENANT_ADMIN', 'LEADER', 'DEPARTMENT_MANAGER', 'EMPLOYEE'] as const;
export const LOCALES = ['en', 'nb', 'da', 'sv'] as const;

export interface PeopleFilter {
  q?: string;
  departmentId?: string;
  roleLevel?: RoleLevel;
  active?: boolean;
}

export const peopleQueryOptions = (filter: PeopleFilter) =>
  queryOptions({
    queryKey: ['people', filter],
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: filter } })),
  });

export function usePeople(filter: PeopleFilter) {
  return useQuery(peopleQueryOptions(filter));
}

function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['people'] });
}

export function useInvitePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (body: InvitePersonRequest) =>
      unwrap(api.POST('/api/v1/people/invitations', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePersonRequest }) =>
      unwrap(api.PUT('/api/v1/people/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export type PersonAction = 'deactivate' | 'reactivate' | 'invitation';

export function usePersonAction() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: PersonAction }) => {
      const options = { params: { path: { id } } };
      if (action === 'deactivate')
        return unwrap(api.POST('/api/v1/people/{id}/deactivate', options));
      if (action === 'reactivate')
        return unwrap(api.POST('/api/v1/people/{id}/reactivate', options));
      return unwrap(api.POST('/api/v1/people/{id}/invitation', options));
    },
    onSuccess: invalidate,
  });
}
