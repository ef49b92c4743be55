/**
 * @module
 * The search for likely duplicates, off the page's main thread: it reads every entry's words, which
 * would otherwise hold up the timeline and every click for a moment after each answer.
 */
import { findLikelyDuplicates } from '../../shared/chronology/duplicates'
import { unpackSearch, type DuplicateAnswer, type DuplicateSearch } from './duplicateSearch'

const scope = self as unknown as { onmessage: ((event: MessageEvent<DuplicateSearch>) => void) | null; postMessage: (answer: DuplicateAnswer) => void }

scope.onmessage = ({ data }) => {
  scope.postMessage({ searchId: data.searchId, pairs: findLikelyDuplicates(unpackSearch(data)) })
}
