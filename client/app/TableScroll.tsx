import type { ReactNode } from 'react'

/**
 * Lets a wide table scroll sideways on a narrow screen instead of widening the page. Focusable, so
 * that keyboard users can scroll it too; named, so that it is announced as what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
