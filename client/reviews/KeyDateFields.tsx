import { DateInputField } from '../forms/DateInputField'
import { KEY_DATE_KEYS, keyDateFieldId, type KeyDateErrors, type KeyDateParts } from './keyDateFields'
import { KEY_DATE_LABELS } from './KeyDates'

const HINTS: Record<string, string> = {
  notification: 'When the case came to the board’s attention. For example, 27 3 2026',
  decision: 'When the independent chair decided to hold a review. Leave empty until then.',
  panelFirstMeeting: 'Leave empty if it is not yet arranged.',
}

export function KeyDateFields({ value, errors, onChange }: { value: KeyDateParts; errors: KeyDateErrors; onChange: (value: KeyDateParts) => void }) {
  return (
    <>
      {KEY_DATE_KEYS.map((key) => (
        <DateInputField
          key={key}
          id={keyDateFieldId(key)}
          legend={KEY_DATE_LABELS[key]}
          hint={HINTS[key]}
          error={errors[key]}
          value={value[key]}
          onChange={(parts) => onChange({ ...value, [key]: parts })}
        />
      ))}
    </>
  )
}
