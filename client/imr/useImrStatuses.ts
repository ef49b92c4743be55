/**
 * @module
 * Where each IMR the person may read stands, for the review page's list of documents. Loaded only for
 * people who read IMRs; until it arrives (or if it cannot), the list shows no statuses.
 */
import { useEffect, useState } from 'react'
import { ImrListSchema, type ImrSummary } from '../../shared/api/imrs'
import { getJson } from '../api/http'

export function useImrStatuses(reviewId: string, enabled: boolean): ReadonlyMap<string, ImrSummary> {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, ImrSummary>>(new Map())
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    getJson(`/api/reviews/${reviewId}/imrs`, ImrListSchema, controller.signal).then(
      ({ imrs }) => setStatuses(new Map(imrs.map((imr) => [imr.agencyId, imr]))),
      () => {},
    )
    return () => controller.abort()
  }, [reviewId, enabled])
  return statuses
}
