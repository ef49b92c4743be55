/**
 * @module
 * The review as the API returns it. Types are inferred from the zod schemas, which also validate
 * what the store reads back.
 */
import { z } from 'zod'

export const REVIEW_KINDS = ['serious-case-review', 'local-child-safeguarding-practice-review', 'rapid-review'] as const
export const ReviewKindSchema = z.enum(REVIEW_KINDS)
export type ReviewKind = z.infer<typeof ReviewKindSchema>

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  'serious-case-review': 'Serious case review',
  'local-child-safeguarding-practice-review': 'Local child safeguarding practice review',
  'rapid-review': 'Rapid review',
}

export const ReviewIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Review ids are lower-case letters, digits and hyphens.')

export const ReviewSchema = z.object({
  id: ReviewIdSchema,
  title: z.string().min(1).max(200),
  kind: ReviewKindSchema,
  createdAt: z.iso.datetime(),
  documents: z.object({ report: z.string() }),
})
export type Review = z.infer<typeof ReviewSchema>

export const ReviewListSchema = z.object({ reviews: z.array(ReviewSchema) })
export type ReviewList = z.infer<typeof ReviewListSchema>
