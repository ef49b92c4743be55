/**
 * @module
 * Likely duplicates: one event recorded by two agencies (a joint visit, a strategy meeting). A pair is
 * flagged when the entries come from different agencies, fall on the same day or a day apart (in the
 * same month when either is month-only), and the words of what happened are alike (the share of words
 * in common over the words of both, leaving out the commonest words). Pairs are for the author to
 * judge: nothing is ever merged. Entries are bucketed by day and by month, so each one is compared only
 * with its few neighbours in time, never with the whole chronology.
 */
import type { MergedChronologyEntry } from '../api/imrs.js'
import type { TimelineEntry } from './timeline.js'

/** What the search reads of a timeline entry: little enough to send to a Web Worker. */
export type DuplicateCandidate = Pick<TimelineEntry, 'firstDay'> & { entry: Pick<MergedChronologyEntry, 'id' | 'agencyId' | 'date' | 'event'> }

/** The least word similarity (0 to 1) for a pair to be flagged. */
export const DUPLICATE_SIMILARITY = 0.5

export interface DuplicatePair {
  /** The entry that comes first in the timeline, and the other. */
  firstId: string
  secondId: string
  /** Words in common over words in either, 0 to 1. */
  similarity: number
}

const COMMON_WORDS = new Set(
  'a an and are as at be been by for from had has have he her his in is it its of on or she that the their them they this to was were with'.split(' '),
)

/** The distinct words of a text, in lower case, without the commonest ones and single letters. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>()
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 1 && !COMMON_WORDS.has(word)) words.add(word)
  }
  return [...words]
}

/** Words in common over words in either (Jaccard), for two lists of distinct words; 0 when both are empty. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const inA = new Set(a)
  const common = b.filter((word) => inA.has(word)).length
  const either = a.length + b.length - common
  return either === 0 ? 0 : common / either
}

/** Words as numbers, each text's as a sorted array, so that two texts compare in one pass without hashing. */
class WordNumbers {
  private readonly numbers = new Map<string, number>()

  of(text: string): Int32Array {
    const result = new Int32Array(
      wordsOf(text).map((word) => {
        let number = this.numbers.get(word)
        if (number === undefined) {
          number = this.numbers.size
          this.numbers.set(word, number)
        }
        return number
      }),
    )
    return result.sort()
  }
}

/** `wordSimilarity` for sorted arrays of distinct word numbers. */
function sortedSimilarity(a: Int32Array, b: Int32Array): number {
  let common = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      common += 1
      i += 1
      j += 1
    } else if (a[i] < b[j]) i += 1
    else j += 1
  }
  const either = a.length + b.length - common
  return either === 0 ? 0 : common / either
}

function pushTo<K>(buckets: Map<K, number[]>, key: K, index: number): void {
  const bucket = buckets.get(key)
  if (bucket) bucket.push(index)
  else buckets.set(key, [index])
}

const monthOf = ({ entry: { date } }: DuplicateCandidate): string => (date.precision === 'month' ? date.month : date.date.slice(0, 7))

/** Flagged pairs, ordered by their first entry and then their second; `entries` in timeline order. */
export function findLikelyDuplicates(entries: readonly DuplicateCandidate[], { minimumSimilarity = DUPLICATE_SIMILARITY } = {}): DuplicatePair[] {
  const byDay = new Map<number, number[]>()
  const byMonth = new Map<string, number[]>()
  entries.forEach((item, index) => {
    if (item.entry.date.precision !== 'month') pushTo(byDay, item.firstDay, index)
    pushTo(byMonth, monthOf(item), index)
  })
  const wordNumbers = new WordNumbers()
  const words: (Int32Array | undefined)[] = new Array(entries.length)
  const wordsAt = (index: number) => (words[index] ??= wordNumbers.of(entries[index].entry.event))
  const pairs: DuplicatePair[] = []
  const consider = (index: number, other: number) => {
    const first = entries[index]
    const second = entries[other]
    if (first.entry.agencyId === second.entry.agencyId) return
    const a = wordsAt(index)
    const b = wordsAt(other)
    // The similarity is at most the smaller count of words over the larger: skip pairs that cannot reach it.
    if (Math.min(a.length, b.length) < minimumSimilarity * Math.max(a.length, b.length)) return
    const similarity = sortedSimilarity(a, b)
    if (similarity >= minimumSimilarity) pairs.push({ firstId: first.entry.id, secondId: second.entry.id, similarity })
  }
  entries.forEach((item, index) => {
    if (item.entry.date.precision === 'month') {
      // Month-only: any later entry of the same month (a month-only entry sorts before the month's dated ones).
      for (const other of byMonth.get(monthOf(item))!) if (other > index) consider(index, other)
      return
    }
    // Dated: later entries of the same day, and entries of the next day; the day before was seen from there.
    for (const other of byDay.get(item.firstDay)!) if (other > index) consider(index, other)
    for (const other of byDay.get(item.firstDay + 1) ?? []) consider(index, other)
  })
  return pairs
}

/** For each entry in a pair, the ids of the entries it may duplicate. */
export function duplicatesByEntry(pairs: readonly DuplicatePair[]): Map<string, string[]> {
  const byEntry = new Map<string, string[]>()
  const link = (id: string, other: string) => {
    const others = byEntry.get(id)
    if (others) others.push(other)
    else byEntry.set(id, [other])
  }
  for (const { firstId, secondId } of pairs) {
    link(firstId, secondId)
    link(secondId, firstId)
  }
  return byEntry
}
