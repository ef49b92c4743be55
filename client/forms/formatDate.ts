/**
 * @module
 * Dates as GOV.UK writes them: "5 December 2026", and "5 December 2026 at 2:15pm" for times.
 */
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const LOCAL_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

/** A calendar date (`YYYY-MM-DD`), the same wherever the reader is. */
export function formatIsoDate(isoDate: string): string {
  return DATE.format(new Date(`${isoDate}T00:00:00Z`))
}

/** A moment, in the reader's own time zone. */
export function formatDateTime(isoDateTime: string): string {
  const moment = new Date(isoDateTime)
  const hours = moment.getHours()
  const minutes = moment.getMinutes().toString().padStart(2, '0')
  const time = hours === 0 && minutes === '00' ? 'midnight' : hours === 12 && minutes === '00' ? 'midday' : `${hours % 12 || 12}:${minutes}${hours < 12 ? 'am' : 'pm'}`
  return `${LOCAL_DATE.format(moment)} at ${time}`
}

export function formatLocalDate(isoDateTime: string): string {
  return LOCAL_DATE.format(new Date(isoDateTime))
}
