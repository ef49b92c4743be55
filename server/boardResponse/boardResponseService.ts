/**
 * @module
 * The board's response to a review, kept on the review in `db.json`. A save names the revision it was
 * made from; one made from an older revision is refused with 409 `edit_conflict` and changes nothing.
 */
import type { User } from '../../shared/api/auth.js'
import { ACCEPTANCES_WITH_REASONS, type BoardResponseView, type StoredBoardResponse, type UpdateBoardResponse } from '../../shared/api/boardResponse.js'
import { AppError } from '../errors.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { Database } from '../storage/database.js'

const reviewNotFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function boardResponseView(stored: StoredBoardResponse): BoardResponseView {
  return { boardResponse: { ...stored, updatedBy: stored.updatedBy?.name ?? null } }
}

export class BoardResponseService {
  constructor(
    private readonly database: Database,
    private readonly reviews: Pick<ReviewService, 'find'>,
  ) {}

  get(reviewId: string): StoredBoardResponse {
    const review = this.reviews.find(reviewId)
    if (!review) throw reviewNotFound()
    return review.boardResponse
  }

  async save(reviewId: string, { revision, ...fields }: UpdateBoardResponse, user: User, now = new Date()): Promise<StoredBoardResponse> {
    const review = this.reviews.find(reviewId)
    if (!review) throw reviewNotFound()
    const current = review.boardResponse
    if (revision !== current.revision) {
      throw new AppError(
        'edit_conflict',
        409,
        `Someone else saved the board's response while you were editing it, so your change was not saved. Reload the page to see theirs (it is now at revision ${current.revision}), then make your change again.`,
        { revision: current.revision },
      )
    }
    const next: StoredBoardResponse = {
      ...fields,
      // Reasons belong to an acceptance that has them; "accepts all" keeps none.
      acceptanceReasons: ACCEPTANCES_WITH_REASONS.includes(fields.acceptance) ? fields.acceptanceReasons : '',
      revision: current.revision + 1,
      updatedBy: { userId: user.id, name: user.name },
      updatedAt: now.toISOString(),
    }
    await this.database.update(() => {
      review.boardResponse = next
    })
    return next
  }
}
