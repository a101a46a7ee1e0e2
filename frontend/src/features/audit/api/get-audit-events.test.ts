import { describeChange, exportHref } from './get-audit-events';

describe('exportHref', () => {
  it('carries the same filters as the list, leaving out empty ones', () => {
    expect(exportHref({})).toBe('/api/v1/audit-events/export');
    expect(exportHref({ action: 'person.', actor: '', from: '2026-01-01T00:00:00Z' })).toBe(
      '/api/v1/audit-events/export?action=person.&from=2026-01-01T00%3A00%3A00Z',
    );
  });
});

describe('describeChange', () => {
  it('shows only the changed keys when both sides are objects', () => {
    expect(
      describeChange(
        { name: 'Old', parentId: null, archived: false },
        { name: 'New', parentId: null, archived: false },
      ),
    ).toEqual({ before: 'name: "Old"', after: 'name: "New"' });
  });

  it('shows whole values when one side is missing', () => {
    expect(describeChange(null, { count: 2 })).toEqual({ before: '', after: '{"count":2}' });
  });
});
