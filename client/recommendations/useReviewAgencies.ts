/**
 * @module
 * The review's agencies, for naming who a recommendation is addressed to in the report's side panel.
 */
import { useEffect, useState } from 'react'
import { ReviewSchema } from '../../shared/api/reviews'
import type { AddresseeAgency } from '../../shared/recommendations/addressees'
import { getJson } from '../api/http'

const NO_AGENCIES: readonly AddresseeAgency[] = []

/** Null while loading and without a review; none when the review could not be read. */
export function useReviewAgencies(reviewId: string | null): readonly AddresseeAgency[] | null {
  const [agencies, setAgencies] = useState<{ reviewId: string; list: readonly AddresseeAgency[] } | null>(null)
  useEffect(() => {
    if (!reviewId) return
    const controller = new AbortController()
    getJson(`/api/reviews/${encodeURIComponent(reviewId)}`, ReviewSchema, controller.signal, { quiet: true }).then(
      (review) => setAgencies({ reviewId, list: review.agencies }),
      () => {
        if (!controller.signal.aborted) setAgencies({ reviewId, list: NO_AGENCIES })
      },
    )
    return () => controller.abort()
  }, [reviewId])
  return agencies && agencies.reviewId === reviewId ? agencies.list : null
}
