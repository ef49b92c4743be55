/**
 * @module
 * Reviews and who may do what in them. Every route and the collaboration endpoint ask `access` (or
 * `require`) before doing anything with a review; a review the caller does not belong to is
 * answered exactly like one that does not exist.
 */
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { User } from '../../shared/api/auth.js'
import { emptyBoardResponse } from '../../shared/api/boardResponse.js'
import { notYetPublished } from '../../shared/api/publication.js'
import type { CreateReview, Review, ReviewDocumentView, StoredReview, UpdateReview } from '../../shared/api/reviews.js'
import { documentAccess, type DocumentAccess } from '../../shared/auth/documentAccess.js'
import { isDecisionBeforeNotification, type KeyDates } from '../../shared/reviews/statutoryClock.js'
import { capabilitiesOf, type Capability, type ReviewRole } from '../../shared/auth/roles.js'
import { parseReviewDocumentName, reviewDocumentName, type ReviewDocument } from '../../shared/collab/documentNames.js'
import { createImrSkeleton, createReportSkeleton } from '../../shared/schema/index.js'
import { createMediaStatementSkeleton } from '../../shared/schema/mediaStatementTemplate.js'
import { isSameFindingText, type AcceptedFinding } from '../../shared/redaction/acceptedFindings.js'
import { AppError } from '../errors.js'
import { jsonToDocument } from '../export/documentJson.js'
import { log } from '../log.js'
import { markTemplateSeeded } from '../mediaStatement/statementTemplate.js'
import type { Database } from '../storage/database.js'
import type { DocumentStore } from '../storage/documentStore.js'
import { storageUnavailable } from '../storage/storageHealth.js'

export interface ReviewAccess {
  review: StoredReview
  role: ReviewRole | null
  agencyId: string | null
  capabilities: Capability[]
}

function checkKeyDates(dates: KeyDates): void {
  if (isDecisionBeforeNotification(dates)) {
    throw new AppError('validation_failed', 400, 'The date of the decision must be the same as or after the date of notification.', [
      { path: 'dates.decision', message: 'Date of the decision must be the same as or after the date of notification' },
    ])
  }
}

const DOCUMENT_TITLES = { report: 'Overview report', 'media-statement': 'Media statement' } as const

const reviewNotFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

/** Admins see every review; anyone else the reviews they are a member of. */
function canSee(user: User, review: StoredReview): boolean {
  return user.isAdmin || review.members.some((member) => member.userId === user.id)
}

/** Whether an agency has signed its IMR off (its analysis is then read only for everyone). */
export type ImrSignOffLookup = (reviewId: string, agencyId: string) => boolean

/** How many of a review's actions are overdue today (see `server/actionPlan`). */
export type OverdueActionsLookup = (reviewId: string) => NonNullable<Review['actionPlan']>

export class ReviewService {
  constructor(
    private readonly database: Database,
    private readonly documents: DocumentStore,
    private readonly isImrSignedOff: ImrSignOffLookup = () => false,
    private readonly overdueActionsOf: OverdueActionsLookup = () => ({ overdueCount: 0, earliestTargetDate: null }),
  ) {}

  find(id: string): StoredReview | undefined {
    return this.database.data.reviews.find((review) => review.id === id)
  }

  /** What this person may do in this review, or a 404 when they do not belong to it. */
  access(user: User, reviewId: string): ReviewAccess {
    const review = this.find(reviewId)
    if (!review || !canSee(user, review)) throw reviewNotFound()
    const member = review.members.find((candidate) => candidate.userId === user.id)
    return {
      review,
      role: member?.role ?? null,
      agencyId: member?.agencyId ?? null,
      capabilities: capabilitiesOf(member?.role ?? null, user.isAdmin),
    }
  }

  /** As `access`, and refuses with 403 when the person's role does not allow `capability`. */
  require(user: User, reviewId: string, capability: Capability): ReviewAccess {
    const access = this.access(user, reviewId)
    if (!access.capabilities.includes(capability)) {
      throw new AppError('forbidden', 403, 'Your role in this review does not allow this.')
    }
    return access
  }

  listFor(user: User): Review[] {
    return this.database.data.reviews
      .filter((review) => canSee(user, review))
      .map((review) => this.view(this.access(user, review.id)))
      .sort((a, b) => a.title.localeCompare(b.title))
  }

  view(access: ReviewAccess): Review {
    const { review } = access
    const documentList = this.documentsOf(review).flatMap((document): ReviewDocumentView[] => {
      const allowed = this.documentAccessOf(document, access)
      if (allowed === 'none') return []
      const agency = document.kind === 'imr' ? review.agencies.find((candidate) => candidate.id === document.agencyId) : undefined
      return [
        {
          name: reviewDocumentName(document),
          title: document.kind === 'imr' ? `IMR: ${agency?.name ?? document.agencyId}` : DOCUMENT_TITLES[document.kind],
          kind: document.kind,
          agencyId: document.kind === 'imr' ? document.agencyId : null,
          access: allowed,
        },
      ]
    })
    const documents: Review['documents'] = {}
    for (const document of documentList) documents[document.kind === 'imr' ? `imr-${document.agencyId}` : document.kind] = document.name
    return {
      id: review.id,
      title: review.title,
      kind: review.kind,
      status: review.status,
      agencies: review.agencies,
      dates: review.dates,
      createdAt: review.createdAt,
      role: access.role,
      agencyId: access.agencyId,
      capabilities: access.capabilities,
      documents,
      documentList,
      publication: review.publication,
      actionPlan: access.capabilities.includes('actions.read') ? this.overdueActionsOf(review.id) : null,
    }
  }

  /** The review a document belongs to and how this person may open it; 'none' for documents they may not see. */
  documentAccessFor(user: User, documentName: string): { access: ReviewAccess; level: 'none' | 'read' | 'write' } {
    const document = parseReviewDocumentName(documentName)
    const review = document ? this.find(document.reviewId) : undefined
    // A review the person does not belong to answers like a missing one, so its id does not leak.
    if (!document || !review || !canSee(user, review) || !this.documentsOf(review).some((candidate) => reviewDocumentName(candidate) === documentName)) {
      throw new AppError('document_not_found', 404, 'There is no such document.')
    }
    const access = this.access(user, review.id)
    return { access, level: this.documentAccessOf(document, access) }
  }

  private documentAccessOf(document: ReviewDocument, access: ReviewAccess): DocumentAccess {
    const signedOff = document.kind === 'imr' && this.isImrSignedOff(document.reviewId, document.agencyId)
    return documentAccess(document, access.capabilities, access.agencyId, { signedOff })
  }

  /** `prepareReport` may add to the new report's Y.Doc what is not its text (the demo's register). */
  async create(input: CreateReview, report?: JSONContent, prepareReport?: (doc: Y.Doc) => void): Promise<StoredReview> {
    if (this.find(input.id)) throw new AppError('review_exists', 409, 'A review with that id already exists.')
    const review: StoredReview = {
      id: input.id,
      title: input.title,
      kind: input.kind,
      status: input.dates.decision ? 'in-progress' : 'decision-pending',
      agencies: input.agencies,
      dates: { notification: null, decision: null, panelFirstMeeting: null, ...input.dates },
      members: [],
      acceptedFindings: [],
      boardResponse: emptyBoardResponse(),
      publication: notYetPublished(),
      createdAt: new Date().toISOString(),
    }
    checkKeyDates(review.dates)
    for (const document of this.documentsOf(review)) {
      const agency = document.kind === 'imr' ? review.agencies.find((candidate) => candidate.id === document.agencyId) : undefined
      const content = document.kind === 'report' ? (report ?? createReportSkeleton()) : document.kind === 'media-statement' ? createMediaStatementSkeleton() : createImrSkeleton(agency?.name ?? '')
      const doc = jsonToDocument(content)
      if (document.kind === 'report') prepareReport?.(doc)
      if (document.kind === 'media-statement') markTemplateSeeded(doc)
      try {
        await this.documents.compact(reviewDocumentName(document), Y.encodeStateAsUpdate(doc))
      } catch (error) {
        // Documents already written belong to no review yet; creating it again writes them again.
        log.warn('reviews', `could not store the documents of new review ${review.id}`, error)
        throw storageUnavailable()
      } finally {
        doc.destroy()
      }
    }
    await this.database.update((data) => {
      data.reviews.push(review)
    })
    return review
  }

  async update(reviewId: string, changes: UpdateReview): Promise<StoredReview> {
    const review = this.find(reviewId)
    if (!review) throw reviewNotFound()
    if (changes.dates !== undefined) checkKeyDates({ ...review.dates, ...changes.dates })
    await this.database.update(() => {
      if (changes.title !== undefined) review.title = changes.title
      if (changes.status !== undefined) review.status = changes.status
      if (changes.dates !== undefined) review.dates = { ...review.dates, ...changes.dates }
    })
    return review
  }

  /** Records a leak-check finding the author accepted as a false positive; a second acceptance of the same text replaces the first. */
  async acceptFinding(reviewId: string, finding: AcceptedFinding): Promise<void> {
    const review = this.find(reviewId)
    if (!review) throw reviewNotFound()
    await this.database.update(() => {
      review.acceptedFindings = [...review.acceptedFindings.filter((accepted) => !isSameFindingText(accepted.text, finding.text)), finding]
    })
  }

  private documentsOf(review: StoredReview): ReviewDocument[] {
    return [
      { reviewId: review.id, kind: 'report' },
      { reviewId: review.id, kind: 'media-statement' },
      ...review.agencies.map((agency): ReviewDocument => ({ reviewId: review.id, kind: 'imr', agencyId: agency.id })),
    ]
  }
}
