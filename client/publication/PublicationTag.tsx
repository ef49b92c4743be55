import type { Publication, PublicationStatus } from '../../shared/api/publication'
import { publicationSummary } from '../../shared/publication/publicationSummary'

const COLOURS: Record<PublicationStatus, string> = {
  'not-published': 'govuk-tag--grey',
  delayed: 'govuk-tag--yellow',
  withheld: 'govuk-tag--orange',
  published: 'govuk-tag--green',
  withdrawn: 'govuk-tag--grey',
}

/** Where the review's publication stands, in one line: "Published 5 March 2026, may come down from 5 March 2027". */
export function PublicationTag({ publication, className }: { publication: Publication; className?: string }) {
  return <strong className={`govuk-tag ${COLOURS[publication.status]} app-publication-tag${className ? ` ${className}` : ''}`}>{publicationSummary(publication)}</strong>
}
