/**
 * @module
 * A publication record in one line, as the review list and the review page show it:
 * "Published 5 March 2026, may come down from 5 March 2027", "Delayed: parallel proceedings".
 */
import type { Publication } from '../api/publication.js'
import { earliestComeDownDate, formatLongDate } from './publicationDates.js'

export function publicationSummary({ status, publishedOn, comesDownOn }: Pick<Publication, 'status' | 'publishedOn' | 'comesDownOn'>): string {
  switch (status) {
    case 'not-published':
      return 'Not yet published'
    case 'delayed':
      return 'Delayed: parallel proceedings'
    case 'withheld':
      return 'Withheld to protect identity'
    case 'published': {
      if (publishedOn === null) return 'Published'
      return `Published ${formatLongDate(publishedOn)}, may come down from ${formatLongDate(comesDownOn ?? earliestComeDownDate(publishedOn))}`
    }
    case 'withdrawn':
      return comesDownOn === null ? 'No longer published' : `No longer published: came down ${formatLongDate(comesDownOn)}`
  }
}
