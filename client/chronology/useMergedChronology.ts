/**
 * @module
 * Loads every readable IMR's chronology entries for the merged chronology, and asks again whenever the
 * window regains focus (someone may have added entries meanwhile), sending the revision held as
 * `If-None-Match` so that an unchanged chronology costs a 304 and no parsing. What is shown stays
 * until a changed answer arrives.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { MergedChronologySourceSchema, type MergedChronologySource } from '../../shared/api/imrs'
import { asApiError, getJson, type ApiError } from '../api/http'
import type { Resource } from '../api/useResource'

type Answer = { changed: false } | { changed: true; source: MergedChronologySource; etag: string }

async function fetchChronology(path: string, etag: string | null, signal: AbortSignal): Promise<Answer> {
  let response: Response | null = null
  try {
    response = await fetch(path, { headers: { Accept: 'application/json', ...(etag ? { 'If-None-Match': etag } : {}) }, credentials: 'same-origin', signal })
  } catch (error) {
    if (signal.aborted) throw error
  }
  if (response?.status === 304) return { changed: false }
  if (response?.ok) {
    const parsed = MergedChronologySourceSchema.safeParse(await response.json().catch(() => null))
    if (parsed.success) return { changed: true, source: parsed.data, etag: response.headers.get('ETag') ?? `"${parsed.data.revision}"` }
  }
  // Anything else goes through the app's one JSON request, so that its problem is reported (and a lost session handled) as everywhere else.
  const source = await getJson(path, MergedChronologySourceSchema, signal)
  return { changed: true, source, etag: `"${source.revision}"` }
}

export function useMergedChronology(reviewId: string): Resource<MergedChronologySource> & { refreshing: boolean } {
  const path = `/api/reviews/${encodeURIComponent(reviewId)}/chronology`
  const [resource, setResource] = useState<Resource<MergedChronologySource>>({ state: 'loading' })
  const [refreshing, setRefreshing] = useState(false)
  const etag = useRef<string | null>(null)
  const inFlight = useRef<AbortController | null>(null)

  const load = useCallback(() => {
    inFlight.current?.abort()
    const controller = new AbortController()
    inFlight.current = controller
    setRefreshing(true)
    fetchChronology(path, etag.current, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return
        setRefreshing(false)
        if (!answer.changed) return
        etag.current = answer.etag
        setResource({ state: 'ready', data: answer.source })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        setRefreshing(false)
        const problem: ApiError = asApiError(error)
        // A refresh that fails for the network keeps what is shown; a refusal (access withdrawn) replaces it.
        setResource((current) => (current.state === 'ready' && problem.status === 0 ? current : { state: 'error', error: problem }))
      },
    )
  }, [path])

  useEffect(() => {
    etag.current = null
    setResource({ state: 'loading' })
    load()
    window.addEventListener('focus', load)
    return () => {
      window.removeEventListener('focus', load)
      inFlight.current?.abort()
    }
  }, [load])

  return { ...resource, refreshing }
}
