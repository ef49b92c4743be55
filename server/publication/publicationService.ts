/**
 * @module
 * The publication record of a review, kept on the review in `db.json` (not yet published until said).
 * What a status does not use is dropped when it is saved: a reason only while delayed or withheld,
 * dates only once published or taken down.
 */
import { STATUSES_WITH_REASON, type Publication, type UpdatePublication } from '../../shared/api/publication.js'
import { AppError } from '../errors.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { Database } from '../storage/database.js'

const reviewNotFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function normalisePublication(input: UpdatePublication, now: Date): Publication {
  const isOut = input.status === 'published' || input.status === 'withdrawn'
  return {
    status: input.status,
    reason: STATUSES_WITH_REASON.includes(input.status) ? input.reason : '',
    publishedOn: isOut ? input.publishedOn : null,
    comesDownOn: isOut ? input.comesDownOn : null,
    updatedAt: now.toISOString(),
  }
}

export class PublicationService {
  constructor(
    private readonly database: Database,
    private readonly reviews: Pick<ReviewService, 'find'>,
  ) {}

  get(reviewId: string): Publication {
    const review = this.reviews.find(reviewId)
    if (!review) throw reviewNotFound()
    return review.publication
  }

  async save(reviewId: string, input: UpdatePublication, now = new Date()): Promise<Publication> {
    const review = this.reviews.find(reviewId)
    if (!review) throw reviewNotFound()
    const next = normalisePublication(input, now)
    await this.database.update(() => {
      review.publication = next
    })
    return next
  }
}
