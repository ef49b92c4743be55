import type { LeakCheckDetails } from '../../shared/api/summary'
import { followLink, reviewPath } from '../app/router'
import { placeQuery } from '../editor/usePlaceFromAddress'
import { AcceptFindingForm } from './AcceptFindingForm'

type Finding = LeakCheckDetails['findings'][number]

const where = (part: string) => (part === 'text' ? 'in the text' : `in ${part}`)

/** One leak-check finding as a person reads it; with a link to the report where the API gave its place. */
export function LeakFindingItem({ reviewId, finding }: { reviewId: string; finding: Finding }) {
  const said = finding.text === undefined ? `${finding.label} ${where(finding.part)}` : `“${finding.text}”: ${finding.label.toLowerCase()} ${where(finding.part)}`
  if (!finding.place) return <>{said}</>
  return (
    <a href={`${reviewPath(reviewId, 'report')}${placeQuery(finding.place.from, finding.place.to)}`} onClick={followLink}>
      {said}
      <span className="govuk-visually-hidden">: show it in the report</span>
    </a>
  )
}

/** A part of a file that could not be read back: nothing to redact, and nobody can accept it. */
const UNCHECKED = 'Part that could not be checked'

/**
 * The findings of the leak check, each linked to its place in the report for those who may read it;
 * with `onAccepted`, the author may accept one as not identifying.
 */
export function LeakFindingList({ reviewId, findings, onAccepted }: { reviewId: string; findings: Finding[]; onAccepted?: () => void }) {
  // One acceptance covers a text wherever it was found, so it is offered once, on its first finding.
  const offered = new Set<string>()
  const mayAccept = (finding: Finding): finding is Finding & { text: string } => {
    if (!onAccepted || finding.text === undefined || finding.label === UNCHECKED) return false
    const key = finding.text.toLocaleLowerCase('en-GB')
    if (offered.has(key)) return false
    offered.add(key)
    return true
  }
  return (
    <ul className="govuk-list govuk-list--bullet">
      {findings.map((finding, index) => (
        // Keyed by what it is, so that an open form stays with its finding when another one goes.
        <li key={`${finding.part}\u0000${finding.label}\u0000${finding.text ?? index}`}>
          <LeakFindingItem reviewId={reviewId} finding={finding} />
          {mayAccept(finding) && onAccepted && <AcceptFindingForm reviewId={reviewId} text={finding.text} onAccepted={onAccepted} />}
        </li>
      ))}
    </ul>
  )
}
