/**
 * @module
 * The dates of a publication: a report stays on the board's website for at least 12 months, so the
 * earliest day it may come down is the same day a year after publication. A report published on
 * 29 February may come down from 28 February of the next year (the last day of that February), not
 * 1 March: "12 months later" never runs into the following month.
 */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export const MONTHS_ON_WEBSITE = 12

/** `YYYY-MM-DD` plus whole months, kept in its month: 31 January + 1 month is 28 (or 29) February. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}

/** The first day a report published on `publishedOn` may come down. */
export function earliestComeDownDate(publishedOn: string): string {
  return addMonths(publishedOn, MONTHS_ON_WEBSITE)
}

/** "5 March 2027", as GOV.UK writes a date. */
export function formatLongDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`))
}
