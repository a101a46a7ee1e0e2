import { selfAndDescendants } from './descendants';

describe('selfAndDescendants', () => {
  it('collects a department and everything below it, not its parent or siblings', () => {
    const departments = [
      { id: 'root', name: 'Root' },
      { id: 'a', name: 'A', parentId: 'root' },
      { id: 'a1', name: 'A1', parentId: 'a' },
      { id: 'a11', name: 'A11', parentId: 'a1' },
      { id: 'b', name: 'B', parentId: 'root' },
    ];
    expect([...selfAndDescendants(departments, 'a')].sort()).toEqual(['a', 'a1', 'a11']);
  });
});
