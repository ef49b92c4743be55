/**
 * @module
 * What a publication record must hold for its status: a reason when it is delayed or withheld; the
 * publication date once it is published or taken down; the date it came down once it is no longer
 * published; and a date it may come down that is at least 12 months after publication.
 */
import { earliestComeDownDate, formatLongDate, MONTHS_ON_WEBSITE } from './publicationDates.js'

export interface PublicationRecordFields {
  status: 'not-published' | 'delayed' | 'withheld' | 'published' | 'withdrawn'
  reason: string
  publishedOn: string | null
  comesDownOn: string | null
}

export interface PublicationProblem {
  field: 'status' | 'reason' | 'publishedOn' | 'comesDownOn'
  message: string
}

export function publicationProblems({ status, reason, publishedOn, comesDownOn }: PublicationRecordFields): PublicationProblem[] {
  const problems: PublicationProblem[] = []
  if (status === 'delayed' && reason.trim() === '') problems.push({ field: 'reason', message: 'Say which proceedings the publication waits for, for example a criminal trial' })
  if (status === 'withheld' && reason.trim() === '') problems.push({ field: 'reason', message: "Say why publishing would identify the child or the family" })
  const isOut = status === 'published' || status === 'withdrawn'
  if (isOut && publishedOn === null) problems.push({ field: 'publishedOn', message: 'Enter the date it was published' })
  if (status === 'withdrawn' && comesDownOn === null) problems.push({ field: 'comesDownOn', message: 'Enter the date it came down' })
  if (publishedOn !== null && comesDownOn !== null) {
    const earliest = earliestComeDownDate(publishedOn)
    if (comesDownOn < earliest) {
      const name = status === 'withdrawn' ? 'The date it came down' : 'The date it may come down'
      problems.push({ field: 'comesDownOn', message: `${name} must be on or after ${formatLongDate(earliest)}, ${MONTHS_ON_WEBSITE} months after publication` })
    }
  }
  return problems
}
