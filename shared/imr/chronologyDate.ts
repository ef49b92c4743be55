/**
 * @module
 * When something in a chronology happened, as sure as the record is: an exact day, a month only, or an
 * approximate day ("about 14 March 2012"). Sorting places a month-only entry at the start of its month,
 * before that month's dated entries, and every uncertain date is shown as such.
 */
import { z } from 'zod'

export const DATE_PRECISIONS = ['day', 'month', 'approximate'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'Exact day',
  month: 'Month only',
  approximate: 'Approximate',
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const DaySchema = z.iso.date('Enter a real date.')
const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a real month, as YYYY-MM.')

export const ChronologyDateSchema = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: DaySchema }).strict(),
  z.object({ precision: z.literal('approximate'), date: DaySchema }).strict(),
  z.object({ precision: z.literal('month'), month: MonthSchema }).strict(),
])
export type ChronologyDate = z.infer<typeof ChronologyDateSchema>

/** A string that sorts chronologically: `YYYY-MM-DD`, or `YYYY-MM-00` for a month-only date. */
export function dateSortKey(date: ChronologyDate): string {
  return date.precision === 'month' ? `${date.month}-00` : date.date
}

/** The first day the date may stand for, as `YYYY-MM-DD` (used for periods and gaps). */
export function earliestDay(date: ChronologyDate): string {
  return date.precision === 'month' ? `${date.month}-01` : date.date
}

export function isUncertain(date: ChronologyDate): boolean {
  return date.precision !== 'day'
}

function dayLabel(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number)
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`
}

/** "14 March 2012", "March 2012 (month only)", "About 14 March 2012". */
export function formatChronologyDate(date: ChronologyDate): string {
  if (date.precision === 'day') return dayLabel(date.date)
  if (date.precision === 'approximate') return `About ${dayLabel(date.date)}`
  const [year, month] = date.month.split('-').map(Number)
  return `${MONTH_NAMES[month - 1]} ${year} (month only)`
}
