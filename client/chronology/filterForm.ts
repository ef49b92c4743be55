/**
 * @module
 * The merged chronology's filter form: what is ticked and typed, checked and turned into a
 * `ChronologyFilter`. No agency ticked means every agency; an empty date means no bound.
 */
import type { ChronologyFilter } from '../../shared/chronology/filters'
import type { ChronologyFlag } from '../../shared/imr/chronologyEntry'
import { checkDate, EMPTY_DATE, partsFromIso, type DatePart, type DateParts } from '../forms/dateParts'

export interface FilterForm {
  agencyIds: string[]
  flags: ChronologyFlag[]
  from: DateParts
  to: DateParts
}

export const EMPTY_FILTER_FORM: FilterForm = { agencyIds: [], flags: [], from: EMPTY_DATE, to: EMPTY_DATE }

export interface DateError {
  message: string
  parts: DatePart[]
}

export type FilterCheck = { ok: true; filter: ChronologyFilter } | { ok: false; errors: { from?: DateError; to?: DateError } }

export function checkFilterForm(form: FilterForm): FilterCheck {
  const from = checkDate(form.from, 'Start of the period')
  const to = checkDate(form.to, 'End of the period')
  const errors: { from?: DateError; to?: DateError } = {}
  if (!from.ok) errors.from = { message: from.message, parts: from.parts }
  if (!to.ok) errors.to = { message: to.message, parts: to.parts }
  if (from.ok && to.ok && from.iso !== null && to.iso !== null && to.iso < from.iso) {
    errors.to = { message: 'End of the period must be the same as or after its start', parts: ['day', 'month', 'year'] }
  }
  if (!from.ok || !to.ok || errors.to) return { ok: false, errors }
  return {
    ok: true,
    filter: { agencyIds: form.agencyIds.length === 0 ? null : [...form.agencyIds], from: from.iso, to: to.iso, flags: [...form.flags] },
  }
}

/** The form that shows a filter, to fill the form in again (after "Clear"). */
export function formFromFilter(filter: ChronologyFilter): FilterForm {
  return { agencyIds: [...(filter.agencyIds ?? [])], flags: [...filter.flags], from: partsFromIso(filter.from), to: partsFromIso(filter.to) }
}

/** Ticks or unticks one value in a list of ticked values, keeping the list in the order of `all`. */
export function toggle<T>(ticked: readonly T[], value: T, all: readonly T[]): T[] {
  return ticked.includes(value) ? ticked.filter((item) => item !== value) : all.filter((item) => item === value || ticked.includes(item))
}
