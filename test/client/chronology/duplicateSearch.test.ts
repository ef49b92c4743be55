import { describe, expect, it } from 'vitest'
import { findLikelyDuplicates } from '../../../shared/chronology/duplicates'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { packSearch, unpackSearch } from '../../../client/chronology/duplicateSearch'
import { EXAMPLE_SOURCE } from '../../shared/chronology/example'

const { entries } = mergeChronology(EXAMPLE_SOURCE)

describe('the search sent to the duplicates worker', () => {
  it('finds the same pairs as a search of the timeline itself', () => {
    const pairs = findLikelyDuplicates(entries)
    expect(pairs.length).toBeGreaterThan(0)
    expect(findLikelyDuplicates(unpackSearch(structuredClone(packSearch(7, entries))))).toEqual(pairs)
  })

  it('keeps ids, agencies, month-only dates and words, in timeline order', () => {
    const search = packSearch(3, entries)
    expect(search.searchId).toBe(3)
    const candidates = unpackSearch(search)
    expect(candidates.map((candidate) => candidate.entry.id)).toEqual(entries.map((item) => item.entry.id))
    const monthOnly = entries.findIndex((item) => item.entry.date.precision === 'month')
    expect(monthOnly).toBeGreaterThanOrEqual(0)
    expect(candidates[monthOnly].entry.date).toEqual(entries[monthOnly].entry.date)
    expect(candidates[monthOnly].firstDay).toBe(entries[monthOnly].firstDay)
    expect(candidates[0].entry.event).toBe(entries[0].entry.event)
    expect(candidates[0].entry.agencyId).toBe(entries[0].entry.agencyId)
  })
})
