import type { Department } from '../api/get-departments';

export interface DepartmentNode {
  department: Department;
  depth: number;
  children: DepartmentNode[];
}

/**
 * Nests the flat list by parentId. Departments whose parent is missing from the list are shown
 * at the top level; siblings are sorted by name. Cycles (which the server should never send)
 * are broken so that every department appears exactly once.
 */
export function buildDepartmentTree(
  departments: readonly Department[],
  locale?: string,
): DepartmentNode[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const childrenOf = new Map<string | null, Department[]>();
  for (const department of departments) {
    const parentId =
      department.parentId && department.parentId !== department.id && byId.has(department.parentId)
        ? department.parentId
        : null;
    const siblings = childrenOf.get(parentId) ?? [];
    siblings.push(department);
    childrenOf.set(parentId, siblings);
  }

  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const placed = new Set<string>();

  function build(parentId: string | null, depth: number): DepartmentNode[] {
    const siblings = [...(childrenOf.get(parentId) ?? [])]
      .filter((d) => !placed.has(d.id))
      .sort((a, b) => collator.compare(a.name, b.name));
    for (const d of siblings) placed.add(d.id);
    return siblings.map((department) => ({
      department,
      depth,
      children: build(department.id, depth + 1),
    }));
  }

  const roots = build(null, 0);
  // Anything not reached from a root is part of a cycle: show it at the top level.
  for (const department of departments) {
    if (!placed.has(department.id)) {
      placed.add(department.id);
      roots.push({ department, depth: 0, children: build(department.id, 1) });
    }
  }
  return roots;
}

/** Depth-first order, for a parent picker. */
export function flattenTree(nodes: readonly DepartmentNode[]): DepartmentNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}
