/**
 * @module
 * The timeline's rows in two steps: after a change (the answer, a filter, "Show more"), the first
 * rows new to the table render at once, so the next frame shows them; the rest of the page follows
 * in a render React may interrupt, so that a click meanwhile is answered first.
 */
import { useDeferredValue, useMemo } from 'react'
import { firstRows, type TimelineRow } from './timelineRows'

/** Entries new to the table that the first step shows: more than a screenful. */
export const ENTRIES_AT_ONCE = 25

const NO_ROWS_YET: { rows: readonly TimelineRow[]; entryCount: number } = { rows: [], entryCount: 0 }

export function useRowsInSteps(rows: readonly TimelineRow[], entryCount: number): TimelineRow[] {
  const wanted = useMemo(() => ({ rows, entryCount }), [rows, entryCount])
  const settled = useDeferredValue(wanted, NO_ROWS_YET)
  const count = settled === wanted ? entryCount : Math.min(entryCount, (settled.rows === rows ? settled.entryCount : 0) + ENTRIES_AT_ONCE)
  return useMemo(() => firstRows(rows, count), [rows, count])
}
