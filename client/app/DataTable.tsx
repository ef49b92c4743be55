import type { ReactNode } from 'react'
import { TableScroll } from './TableScroll'

export interface Column {
  label: ReactNode
  className?: string
  /** For a column of actions whose heading only screen readers need. */
  visuallyHidden?: boolean
}

/** A GOV.UK table in a scroll box: caption, column headings, and the caller's rows. */
export function DataTable(props: {
  /** Names the scroll region. */
  label: string
  caption: ReactNode
  /** `true` for a caption only screen readers need, else shown as a medium heading. */
  captionHidden?: boolean
  className?: string
  columns: Column[]
  children: ReactNode
}) {
  const { label, caption, captionHidden = false, className = '', columns, children } = props
  return (
    <TableScroll label={label}>
      <table className={`govuk-table ${className}`.trim()}>
        <caption className={`govuk-table__caption ${captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption--m'}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`govuk-table__header ${column.className ?? ''}`.trim()}>
                {column.visuallyHidden ? <span className="govuk-visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">{children}</tbody>
      </table>
    </TableScroll>
  )
}
