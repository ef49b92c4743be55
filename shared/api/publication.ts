/**
 * @module
 * The publication record of a review: whether its public outputs are on the board's website, delayed
 * by parallel proceedings (a criminal trial), withheld to protect the child's or family's identity, or
 * taken down; when they were published and when they may come down. The rules are in
 * `shared/publication/publicationRules.ts`; the request body is checked against them here.
 */
import { z } from 'zod'
import { multiLineText } from '../imr/chronologyEntry.js'
import { publicationProblems } from '../publication/publicationRules.js'
import { LeakCheckDetailsSchema } from './summary.js'

export const PUBLICATION_STATUSES = ['not-published', 'delayed', 'withheld', 'published', 'withdrawn'] as const
export const PublicationStatusSchema = z.enum(PUBLICATION_STATUSES)
export type PublicationStatus = z.infer<typeof PublicationStatusSchema>

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  'not-published': 'Not yet published',
  delayed: 'Delayed by parallel proceedings',
  withheld: "Withheld to protect the child's or family's identity",
  published: 'Published',
  withdrawn: 'No longer published',
}

/** Statuses that need a reason: what the proceedings are, or why publication would identify the child. */
export const STATUSES_WITH_REASON: readonly PublicationStatus[] = ['delayed', 'withheld']

const PublicationDateSchema = z.iso.date('Enter a real date.')

const publicationFields = {
  status: PublicationStatusSchema,
  /** Why it is delayed or withheld; empty for the other statuses. */
  reason: multiLineText(2000),
  publishedOn: PublicationDateSchema.nullable(),
  /** The date it may come down (published) or came down (no longer published). */
  comesDownOn: PublicationDateSchema.nullable(),
}

export const PublicationSchema = z.object({
  ...publicationFields,
  updatedAt: z.iso.datetime().nullable(),
})
export type Publication = z.infer<typeof PublicationSchema>

export const notYetPublished = (): Publication => ({ status: 'not-published', reason: '', publishedOn: null, comesDownOn: null, updatedAt: null })

/** The body of `PUT /api/reviews/:id/publication`: the whole record, checked against the rules. */
export const UpdatePublicationSchema = z
  .object(publicationFields)
  .strict()
  .superRefine((record, context) => {
    for (const problem of publicationProblems(record)) context.addIssue({ code: 'custom', path: [problem.field], message: problem.message })
  })
export type UpdatePublication = z.infer<typeof UpdatePublicationSchema>

export const PublicationViewSchema = z.object({ publication: PublicationSchema })

/** `details` of a refused board's response or publication pack: the findings (their `part` starts with the file's name) and each failing file. */
export const PublicationPackRefusalSchema = LeakCheckDetailsSchema.extend({
  parts: z.array(z.object({ file: z.string(), findingCount: z.number().int() })),
})
export type PublicationPackRefusal = z.infer<typeof PublicationPackRefusalSchema>
