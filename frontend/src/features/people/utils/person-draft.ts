import type { Role } from '@/features/auth/api/get-me';
import type { RoleLevel } from '../api/people';

export interface PersonDraft {
  email: string;
  displayName: string;
  departmentId: string;
  roleLevel: RoleLevel | '';
  roles: Role[];
  locale: string;
}

export const emptyDraft: PersonDraft = {
  email: '',
  displayName: '',
  departmentId: '',
  roleLevel: '',
  roles: ['EMPLOYEE'],
  locale: '',
};

/** Checks a draft before it goes to the server; returns i18n keys per field. */
export function validateDraft(draft: PersonDraft, withEmail: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (withEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(draft.email.trim()))
    errors.email = 'people.errors.email';
  if (!draft.displayName.trim()) errors.displayName = 'people.errors.name';
  if (draft.roles.length === 0) errors.roles = 'people.errors.roles';
  return errors;
}
