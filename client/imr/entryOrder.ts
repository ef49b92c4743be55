/**
 * @module
 * A chronology in the order it is read: by date (a month-only date first in its month), then by time
 * (an entry without a time before those with one on the same day), then as entered.
 */
import { dateSortKey } from '../../shared/imr/chronologyDate'
import type { ChronologyEntry } from '../../shared/imr/chronologyEntry'

export function inDateOrder<Entry extends Pick<ChronologyEntry, 'date' | 'time'>>(entries: readonly Entry[]): Entry[] {
  return entries
    .map((entry, index) => ({ entry, index, key: `${dateSortKey(entry.date)} ${entry.time ?? ''}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ entry }) => entry)
}
