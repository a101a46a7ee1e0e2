import type { ReactNode } from 'react';

/**
 * Wraps a table that may scroll sideways on narrow screens. The region is focusable and named, so keyboard
 * users can scroll it too (WCAG 2.1.1) and screen readers announce what it holds.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
