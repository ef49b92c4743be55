/**
 * @module
 * Days as whole numbers (days since 1 January 1970, in UTC), so that a timeline can subtract, compare
 * and bucket dates without building `Date` objects in its loops; and days and spans as people read them.
 */
const MS_PER_DAY = 86_400_000

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `YYYY-MM-DD` → its day number. */
export function dayNumber(isoDay: string): number {
  return Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / MS_PER_DAY
}

/** A day number → `YYYY-MM-DD`. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** `YYYY-MM` → the day number of its last day. */
export function lastDayOfMonth(month: string): number {
  return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1) / MS_PER_DAY - 1
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1]
}

/** "16 June 2012", or "16 June" without the year. */
export function formatDay(iso: string, { withYear = true } = {}): string {
  const day = Number(iso.slice(8, 10))
  const month = monthName(Number(iso.slice(5, 7)))
  return withYear ? `${day} ${month} ${iso.slice(0, 4)}` : `${day} ${month}`
}

/** "3 April to 16 June 2012"; the year is said twice only when the span crosses a year. */
export function formatDayRange(start: string, end: string): string {
  return `${formatDay(start, { withYear: start.slice(0, 4) !== end.slice(0, 4) })} to ${formatDay(end)}`
}
