/**
 * @module
 * Reviews as stored and as the API shows them to one person. Types are inferred from the zod
 * schemas, which also validate request bodies and what the store reads back.
 */
import { z } from 'zod'
import { CAPABILITIES, ReviewRoleSchema } from '../auth/roles.js'
import { AcceptedFindingSchema } from '../redaction/acceptedFindings.js'
import { emptyBoardResponse, StoredBoardResponseSchema } from './boardResponse.js'
import { notYetPublished, PublicationSchema } from './publication.js'
import { singleLineText } from './text.js'

export const REVIEW_KINDS = ['serious-case-review', 'local-child-safeguarding-practice-review', 'rapid-review'] as const
export const ReviewKindSchema = z.enum(REVIEW_KINDS)
export type ReviewKind = z.infer<typeof ReviewKindSchema>

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  'serious-case-review': 'Serious case review',
  'local-child-safeguarding-practice-review': 'Local child safeguarding practice review',
  'rapid-review': 'Rapid review',
}

export const REVIEW_STATUSES = ['decision-pending', 'in-progress', 'with-panel', 'signed-off', 'published'] as const
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES)
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  'decision-pending': 'Decision pending',
  'in-progress': 'In progress',
  'with-panel': 'With the panel',
  'signed-off': 'Signed off',
  published: 'Published',
}

export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'Use lower-case letters, digits and hyphens.')
export const ReviewIdSchema = SlugSchema

export const IsoDateSchema = z.iso.date('Enter a real date.')

export const AgencySchema = z.object({ id: SlugSchema, name: z.string().trim().min(1).max(120) })
export type Agency = z.infer<typeof AgencySchema>

export const KeyDatesSchema = z.object({
  notification: IsoDateSchema.nullable(),
  decision: IsoDateSchema.nullable(),
  panelFirstMeeting: IsoDateSchema.nullable(),
})

export const MemberSchema = z.object({
  userId: z.string().min(1),
  role: ReviewRoleSchema,
  agencyId: SlugSchema.nullable(),
})
export type Member = z.infer<typeof MemberSchema>

export const StoredReviewSchema = z.object({
  id: ReviewIdSchema,
  title: z.string().min(1).max(200),
  kind: ReviewKindSchema,
  status: ReviewStatusSchema,
  agencies: z.array(AgencySchema),
  dates: KeyDatesSchema,
  members: z.array(MemberSchema),
  /** Leak-check findings the author accepted as false positives. */
  acceptedFindings: z.array(AcceptedFindingSchema).default([]),
  /** The board's response, published with the summary; empty until first saved. */
  boardResponse: StoredBoardResponseSchema.default(emptyBoardResponse),
  publication: PublicationSchema.default(notYetPublished),
  createdAt: z.iso.datetime(),
})
export type StoredReview = z.infer<typeof StoredReviewSchema>

export const DocumentAccessSchema = z.enum(['read', 'write'])

export const ReviewDocumentViewSchema = z.object({
  name: z.string(),
  title: z.string(),
  kind: z.enum(['report', 'media-statement', 'imr']),
  agencyId: z.string().nullable(),
  access: DocumentAccessSchema,
})
export type ReviewDocumentView = z.infer<typeof ReviewDocumentViewSchema>

/** A review as one person sees it: only the documents they may open, with how. */
export const ReviewSchema = z.object({
  id: ReviewIdSchema,
  title: z.string(),
  kind: ReviewKindSchema,
  status: ReviewStatusSchema,
  agencies: z.array(AgencySchema),
  dates: KeyDatesSchema,
  createdAt: z.string(),
  role: ReviewRoleSchema.nullable(),
  agencyId: z.string().nullable(),
  capabilities: z.array(z.enum(CAPABILITIES)),
  documents: z.object({ report: z.string().optional() }).catchall(z.string()),
  documentList: z.array(ReviewDocumentViewSchema),
  publication: PublicationSchema,
  /** For those who may read the action plan: how many of its actions are overdue, and the target date of the one overdue longest. */
  actionPlan: z.object({ overdueCount: z.number().int().min(0), earliestTargetDate: IsoDateSchema.nullable() }).nullable(),
})
export type Review = z.infer<typeof ReviewSchema>

export const ReviewListSchema = z.object({ reviews: z.array(ReviewSchema) })
export type ReviewList = z.infer<typeof ReviewListSchema>

const ReviewTitleSchema = singleLineText(200, 'Enter a title.')

/** An agency as a request names it; stored agencies keep the looser `AgencySchema`, so older data still loads. */
export const NewAgencySchema = z.object({ id: SlugSchema, name: singleLineText(120, "Enter the agency's name.") })

export const CreateReviewSchema = z.object({
  id: ReviewIdSchema,
  title: ReviewTitleSchema,
  kind: ReviewKindSchema,
  agencies: z.array(NewAgencySchema).max(30).default([]),
  dates: KeyDatesSchema.partial().default({}),
})
export type CreateReview = z.infer<typeof CreateReviewSchema>

export const UpdateReviewSchema = z
  .object({
    title: ReviewTitleSchema,
    status: ReviewStatusSchema,
    dates: KeyDatesSchema.partial(),
  })
  .partial()
  .strict()
export type UpdateReview = z.infer<typeof UpdateReviewSchema>
