import type { DatePrecision } from '../../shared/imr/chronologyDate'
import { DateInputField } from '../forms/DateInputField'
import type { DateParts } from '../forms/dateParts'
import type { DateError } from './chronologyEntryForm'

const HINTS: Record<DatePrecision, string> = {
  day: 'For example, 14 3 2012',
  month: 'For example, 3 2012',
  approximate: 'Your best estimate of the day, for example 14 3 2012',
}

/** The GOV.UK date input for a chronology date: without the day box when only the month is known. */
export function ChronologyDateInput(props: { id: string; precision: DatePrecision; error?: DateError; value: DateParts; onChange: (value: DateParts) => void }) {
  const { id, precision, error, value, onChange } = props
  return (
    <DateInputField
      id={id}
      legend={precision === 'month' ? 'Month and year' : 'Date'}
      hint={HINTS[precision]}
      parts={precision === 'month' ? ['month', 'year'] : undefined}
      error={error}
      value={value}
      onChange={onChange}
    />
  )
}
