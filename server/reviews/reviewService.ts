/**
 * @module
 * Reviews: listing, finding and creating them. Creating a review stores its report, started from
 * the standard skeleton, before the review is visible, so no client ever sees an empty report.
 */
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { ReviewIdSchema, type Review, type ReviewKind } from '../../shared/api/reviews.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { createReportSkeleton } from '../../shared/schema/index.js'
import { AppError } from '../errors.js'
import { jsonToDocument } from '../export/documentJson.js'
import type { Database } from '../storage/database.js'
import type { DocumentStore } from '../storage/documentStore.js'

export interface NewReview {
  id: string
  title: string
  kind: ReviewKind
  report?: JSONContent
}

export class ReviewService {
  constructor(
    private readonly database: Database,
    private readonly documents: DocumentStore,
  ) {}

  list(): Review[] {
    return [...this.database.data.reviews].sort((a, b) => a.title.localeCompare(b.title))
  }

  get(id: string): Review {
    const review = ReviewIdSchema.safeParse(id).success ? this.database.data.reviews.find((candidate) => candidate.id === id) : undefined
    if (!review) throw new AppError('review_not_found', 404, 'There is no review with that id.')
    return review
  }

  hasDocument(documentName: string): boolean {
    return this.database.data.reviews.some((review) => Object.values(review.documents).includes(documentName))
  }

  async create(input: NewReview): Promise<Review> {
    const id = ReviewIdSchema.parse(input.id)
    if (this.database.data.reviews.some((review) => review.id === id)) {
      throw new AppError('review_exists', 409, 'A review with that id already exists.')
    }
    const review: Review = {
      id,
      title: input.title,
      kind: input.kind,
      createdAt: new Date().toISOString(),
      documents: { report: reviewDocumentName(id, 'report') },
    }
    const report = jsonToDocument(input.report ?? createReportSkeleton())
    await this.documents.compact(review.documents.report, Y.encodeStateAsUpdate(report))
    report.destroy()
    await this.database.update((data) => {
      data.reviews.push(review)
    })
    return review
  }
}
