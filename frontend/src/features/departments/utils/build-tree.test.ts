import type { Department } from '../api/get-departments';
import { buildDepartmentTree, flattenTree, type DepartmentNode } from './build-tree';

const dept = (id: string, name: string, parentId?: string): Department => ({
  id,
  name,
  parentId,
});

/** A compact picture of the tree: "Name(child,child(grandchild))". */
function shape(nodes: DepartmentNode[]): string {
  return nodes
    .map((n) =>
      n.children.length ? `${n.department.name}(${shape(n.children)})` : n.department.name,
    )
    .join(',');
}

describe('buildDepartmentTree', () => {
  it('returns an empty tree for no departments', () => {
    expect(buildDepartmentTree([])).toEqual([]);
  });

  it('nests children under their parents at any depth, regardless of input order', () => {
    const tree = buildDepartmentTree([
      dept('4', 'Kundeservice', '3'),
      dept('2', 'Salg', '1'),
      dept('1', 'Ledelse'),
      dept('3', 'Drift', '1'),
      dept('5', 'Produktutvikling'),
    ]);
    expect(shape(tree)).toBe('Ledelse(Drift(Kundeservice),Salg),Produktutvikling');
    expect(tree[0]!.children[0]!.children[0]!.depth).toBe(2);
  });

  it('puts departments with an unknown parent at the top level', () => {
    expect(shape(buildDepartmentTree([dept('1', 'A', 'missing'), dept('2', 'B', '1')]))).toBe(
      'A(B)',
    );
  });

  it('shows every department exactly once even if the data has a cycle', () => {
    const tree = buildDepartmentTree([dept('1', 'A', '2'), dept('2', 'B', '1'), dept('3', 'C')]);
    expect(
      flattenTree(tree)
        .map((n) => n.department.name)
        .sort(),
    ).toEqual(['A', 'B', 'C']);
  });

  it('flattens depth-first for the parent picker', () => {
    const tree = buildDepartmentTree([dept('1', 'A'), dept('2', 'A1', '1'), dept('3', 'B')]);
    expect(flattenTree(tree).map((n) => `${n.depth}:${n.department.name}`)).toEqual([
      '0:A',
      '1:A1',
      '0:B',
    ]);
  });
});
