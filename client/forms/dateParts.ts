/**
 * @module
 * A date typed into the GOV.UK date input (day, month and year boxes), checked the way the Design
 * System recommends: say which part is missing, or that the date is not real.
 */
export interface DateParts {
  day: string
  month: string
  year: string
}

export type DatePart = keyof DateParts

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' }

export type DateCheck = { ok: true; iso: string | null } | { ok: false; message: string; parts: DatePart[] }

export function partsFromIso(iso: string | null): DateParts {
  if (!iso) return EMPTY_DATE
  const [year, month, day] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

function listParts(parts: DatePart[]): string {
  return parts.length === 1 ? `a ${parts[0]}` : `a ${parts.slice(0, -1).join(', a ')} and ${parts[parts.length - 1]}`
}

/**
 * `name` is how the date is called in a sentence, starting with a capital letter ("Date of
 * notification"). An empty date is allowed unless `required`.
 */
export function checkDate(parts: DateParts, name: string, { required = false } = {}): DateCheck {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() }
  const missing = (['day', 'month', 'year'] as const).filter((part) => trimmed[part] === '')
  if (missing.length === 3) {
    return required ? { ok: false, message: `Enter ${name.charAt(0).toLowerCase()}${name.slice(1)}`, parts: ['day', 'month', 'year'] } : { ok: true, iso: null }
  }
  if (missing.length > 0) return { ok: false, message: `${name} must include ${listParts(missing)}`, parts: missing }
  if (!/^\d{4}$/.test(trimmed.year)) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] }
  if (!/^\d{1,2}$/.test(trimmed.day) || !/^\d{1,2}$/.test(trimmed.month)) {
    return { ok: false, message: `${name} must be a real date`, parts: ['day', 'month', 'year'] }
  }
  const [year, month, day] = [Number(trimmed.year), Number(trimmed.month), Number(trimmed.day)]
  const notReal = (parts: DatePart[]): DateCheck => ({ ok: false, message: `${name} must be a real date`, parts })
  if (month < 1 || month > 12) return notReal(['month'])
  if (year < 1900) return notReal(['year'])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || date.getUTCMonth() !== month - 1) return notReal(['day'])
  return { ok: true, iso: date.toISOString().slice(0, 10) }
}
