import type { Department } from '../api/get-departments';

/** Ids of a department and everything below it: not allowed as its new parent. */
export function selfAndDescendants(departments: readonly Department[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of departments) {
      if (d.parentId && result.has(d.parentId) && !result.has(d.id)) {
        result.add(d.id);
        grew = true;
      }
    }
  }
  return result;
}
