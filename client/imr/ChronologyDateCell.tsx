import { formatChronologyDate, type ChronologyDate } from '../../shared/imr/chronologyDate'

/** A chronology date as it reads in a table: an uncertain one says so in a grey tag under it ("Month only" stands in for the words in brackets). */
export function ChronologyDateCell({ date }: { date: ChronologyDate }) {
  const text = formatChronologyDate(date)
  if (date.precision === 'day') return <span className="app-nowrap-wide">{text}</span>
  return (
    <>
      <span className="app-nowrap-wide">{date.precision === 'month' ? text.replace(/ \(month only\)$/, '') : text}</span>
      <strong className="govuk-tag govuk-tag--grey app-imr-chronology__certainty">{date.precision === 'month' ? 'Month only' : 'Approximate'}</strong>
    </>
  )
}
