import type { ReactNode } from 'react'
import type { ImrSummary } from '../../shared/api/imrs'
import { ErrorSummary, type FormError } from '../forms/ErrorSummary'

/** The frame of a page with a form that changes an IMR: what went wrong first, then which IMR it is and the page's heading. */
export function ImrFormLayout({ imr, heading, form, problems, children }: { imr: ImrSummary; heading: string; form: { summary: FormError[]; attempt: number }; problems?: ReactNode; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {problems}
        <ErrorSummary errors={form.summary} attempt={form.attempt} />
        <span className="govuk-caption-l">IMR: {imr.agencyName}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        {children}
      </div>
    </div>
  )
}
