import { describe, expect, it } from 'vitest'
import { duplicatesByEntry, findLikelyDuplicates, wordsOf, wordSimilarity } from '../../../shared/chronology/duplicates'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { EXAMPLE_SOURCE, exampleEntry } from './example'

const { entries } = mergeChronology(EXAMPLE_SOURCE)

describe('likely duplicates', () => {
  it('flags the same event told by two agencies: same day, a day apart, or in a month-only entry’s month', () => {
    expect(findLikelyDuplicates(entries)).toEqual([
      { firstId: 'ent_c00001', secondId: 'ent_b00001', similarity: 6 / 9 },
      { firstId: 'ent_j00001', secondId: 'ent_k00001', similarity: 8 / 11 },
      { firstId: 'ent_n00001', secondId: 'ent_o00001', similarity: 6 / 9 },
    ])
  })

  it('leaves out near misses: unlike words a day apart, like words two or more days apart or in another month', () => {
    const flagged = findLikelyDuplicates(entries).flatMap((pair) => [pair.firstId, pair.secondId])
    // H and I (a day apart, a third of their words shared); L (the same words as J, three days later); P (July's words, in August).
    for (const id of ['ent_h00001', 'ent_i00001', 'ent_l00001', 'ent_p00001']) expect(flagged).not.toContain(id)
    expect(wordSimilarity(wordsOf(entries[7].entry.event), wordsOf(entries[8].entry.event))).toBeCloseTo(1 / 3)
  })

  it('never pairs two entries of one agency', () => {
    const same = mergeChronology({
      agencies: [],
      entries: [
        exampleEntry('s00001', 'csc', { precision: 'day', date: '2012-01-05' }, null, [], 'Home visit completed.'),
        exampleEntry('s00002', 'csc', { precision: 'day', date: '2012-01-05' }, null, [], 'Home visit completed.'),
      ],
    })
    expect(findLikelyDuplicates(same.entries)).toEqual([])
  })

  it('links both entries of a pair to each other', () => {
    const links = duplicatesByEntry(findLikelyDuplicates(entries))
    expect(links.get('ent_b00001')).toEqual(['ent_c00001'])
    expect(links.get('ent_c00001')).toEqual(['ent_b00001'])
    expect(links.has('ent_l00001')).toBe(false)
  })

  it('compares words without case, punctuation or the commonest words', () => {
    expect(wordsOf('The Child was SEEN, at home (alone).')).toEqual(['child', 'seen', 'home', 'alone'])
    expect(wordSimilarity([], [])).toBe(0)
  })
})
