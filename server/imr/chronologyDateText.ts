/**
 * @module
 * A chronology date as a file writes it, both ways: `14/03/2012` or `2012-03-14` for an exact day,
 * `03/2012` or `2012-03` for a month only, and `about 14/03/2012` (or `c.`, `approx.`) for an
 * approximate day. Only real calendar dates are taken. Export writes the first of each form.
 */
import type { ChronologyDate } from '../../shared/imr/chronologyDate.js'

export type DateTextResult = { date: ChronologyDate } | { problem: string }

const APPROXIMATE_PREFIX = /^(?:about|approx\.?|approximately|circa|c\.|ca\.)\s*/i
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/
const YEAR_MONTH = /^(\d{4})-(\d{2})$/

const FORMS = 'Write an exact day as 14/03/2012 or 2012-03-14, a month only as 03/2012 or 2012-03, and an approximate day as about 14/03/2012.'

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function dayOf(text: string): string | null {
  const dayFirst = DAY_MONTH_YEAR.exec(text)
  const yearFirst = YEAR_MONTH_DAY.exec(text)
  if (!dayFirst && !yearFirst) return null
  const [year, month, day] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number) : [yearFirst![1], yearFirst![2], yearFirst![3]].map(Number)
  return isRealDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : 'not a day'
}

function monthOf(text: string): string | null {
  const monthFirst = MONTH_YEAR.exec(text)
  const yearFirst = YEAR_MONTH.exec(text)
  if (!monthFirst && !yearFirst) return null
  const [year, month] = monthFirst ? [monthFirst[2], monthFirst[1]].map(Number) : [yearFirst![1], yearFirst![2]].map(Number)
  return isRealDay(year, month, 1) ? `${pad(year, 4)}-${pad(month)}` : 'not a month'
}

export function parseChronologyDate(cell: string): DateTextResult {
  const text = cell.trim()
  if (text === '') return { problem: `Enter the date. ${FORMS}` }
  const prefix = APPROXIMATE_PREFIX.exec(text)
  const rest = prefix ? text.slice(prefix[0].length) : text
  const day = dayOf(rest)
  if (day === 'not a day') return { problem: `“${rest}” is not a real date. ${FORMS}` }
  if (day) return { date: { precision: prefix ? 'approximate' : 'day', date: day } }
  const month = monthOf(rest)
  if (month === 'not a month') return { problem: `“${rest}” is not a real month. ${FORMS}` }
  if (month && prefix) return { problem: `A month only is already uncertain: write it as ${rest}, without “${prefix[0].trim()}”.` }
  if (month) return { date: { precision: 'month', month } }
  return { problem: `“${text.slice(0, 40)}” is not a date this import understands. ${FORMS}` }
}

export function formatChronologyDateText(date: ChronologyDate): string {
  if (date.precision === 'month') {
    const [year, month] = date.month.split('-')
    return `${month}/${year}`
  }
  const [year, month, day] = date.date.split('-')
  const text = `${day}/${month}/${year}`
  return date.precision === 'approximate' ? `about ${text}` : text
}
