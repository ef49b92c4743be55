/**
 * @module
 * The likely duplicates of a merged timeline, found in a Web Worker so that the timeline shows and
 * answers at once; the pairs arrive a moment later. Until then, after a refresh, the pairs of the
 * previous answer stay. Where no worker can start, the search runs on the page once it is idle.
 */
import { useEffect, useRef, useState } from 'react'
import { duplicatesByEntry, findLikelyDuplicates, type DuplicatePair } from '../../shared/chronology/duplicates'
import type { MergedTimeline } from '../../shared/chronology/timeline'
import { packSearch, type DuplicateAnswer } from './duplicateSearch'

const NO_DUPLICATES: ReadonlyMap<string, string[]> = new Map()

function startWorker(): Worker | null {
  try {
    return typeof Worker === 'undefined' ? null : new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1_000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(work, 50)
  return () => clearTimeout(handle)
}

/** For each entry in a likely pair, the ids of the entries it may duplicate. */
export function useLikelyDuplicates(timeline: MergedTimeline): ReadonlyMap<string, string[]> {
  const [duplicates, setDuplicates] = useState(NO_DUPLICATES)
  const worker = useRef<Worker | null | undefined>(undefined)
  const latestSearch = useRef(0)

  useEffect(
    () => () => {
      worker.current?.terminate()
      worker.current = undefined
    },
    [],
  )

  useEffect(() => {
    const searchId = ++latestSearch.current
    const settle = (pairs: DuplicatePair[]) => {
      if (searchId === latestSearch.current) setDuplicates(duplicatesByEntry(pairs))
    }
    const searchHere = () => whenIdle(() => settle(findLikelyDuplicates(timeline.entries)))
    if (worker.current === undefined) worker.current = startWorker()
    const current = worker.current
    if (current === null) return searchHere()
    let cancelHere: (() => void) | null = null
    current.onmessage = ({ data }: MessageEvent<DuplicateAnswer>) => settle(data.pairs)
    // A worker that fails (refused by a policy, say) is dropped, and this search done on the page.
    current.onerror = () => {
      current.terminate()
      worker.current = null
      cancelHere = searchHere()
    }
    // Sent once the timeline has been painted: copying the words to the worker is quick, not free.
    const sending = setTimeout(() => current.postMessage(packSearch(searchId, timeline.entries)), 0)
    return () => {
      clearTimeout(sending)
      cancelHere?.()
    }
  }, [timeline])

  return duplicates
}
