import type { ReactNode } from 'react'
import { followLink } from './router'
import { usePageTitle } from './usePageTitle'

export interface WayBack {
  href: string
  text: string
}

export const TO_YOUR_REVIEWS: WayBack = { href: '/', text: 'Go to your reviews' }

/**
 * Stands in for a page the person cannot see (not found, not theirs to open): what happened and what
 * they can do, in `children`, then the way back.
 */
export function ProblemPage({ title, children, back = TO_YOUR_REVIEWS }: { title: string; children: ReactNode; back?: WayBack }) {
  usePageTitle(title)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
        <p className="govuk-body">
          <a className="govuk-link" href={back.href} onClick={followLink}>
            {back.text}
          </a>
        </p>
      </div>
    </div>
  )
}
