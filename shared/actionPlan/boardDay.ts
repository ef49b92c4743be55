/**
 * @module
 * The day it is for the board, as `YYYY-MM-DD`. Whether an action is overdue turns on the day, so the
 * browser and the server must agree on it: both ask here, in the board's time zone, never in UTC or in
 * the reader's own zone (at 00:30 on 1 April in British Summer Time it is still 31 March in UTC).
 */
export const BOARD_TIME_ZONE = 'Europe/London'

/** One formatter per time zone: making one costs ten times what using it does, and the review list asks once per review. */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

export function boardDay(at: Date = new Date(), timeZone = BOARD_TIME_ZONE): string {
  const parts = formatterFor(timeZone).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
