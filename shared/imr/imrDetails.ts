/**
 * @module
 * What an Individual Management Review says about itself: where it stands (requested, received,
 * signed off by the agency's chief executive or equivalent), who wrote it and how close they were to
 * the case, when the records were secured, how it was done, the context of the work, and the agency's
 * own recommendations. The analysis is rich text and lives in the IMR's collaborative document.
 */
import { z } from 'zod'
import { IsoDateSchema } from '../api/reviews.js'
import { singleLineText } from '../api/text.js'
import { multiLineText } from './chronologyEntry.js'

export const IMR_STATUSES = ['requested', 'received', 'signed-off'] as const
export const ImrStatusSchema = z.enum(IMR_STATUSES)
export type ImrStatus = z.infer<typeof ImrStatusSchema>

export const IMR_STATUS_LABELS: Record<ImrStatus, string> = {
  requested: 'Requested',
  received: 'Received',
  'signed-off': 'Signed off',
}

export const AUTHOR_INVOLVEMENTS = ['direct', 'managed'] as const
export const AuthorInvolvementSchema = z.enum(AUTHOR_INVOLVEMENTS)
export type AuthorInvolvement = z.infer<typeof AuthorInvolvementSchema>

export const AUTHOR_INVOLVEMENT_LABELS: Record<AuthorInvolvement, string> = {
  direct: 'Directly involved with the child or family',
  managed: 'Managed the practitioners who were involved',
}

export const SignOffSchema = z
  .object({
    /** The chief executive or equivalent who signed the IMR off. */
    name: singleLineText(120, 'Enter the name of the person who signed the IMR off.'),
    role: singleLineText(120, 'Enter their role, such as Chief Executive.'),
    date: IsoDateSchema,
  })
  .strict()
export type SignOff = z.infer<typeof SignOffSchema>

export const ImrRecommendationSchema = z.object({ id: z.string().regex(/^rec_[a-z0-9]{6,32}$/), text: z.string() })
export type ImrRecommendation = z.infer<typeof ImrRecommendationSchema>

/** The fields an agency's IMR author fills in; every one may be left empty until sign-off. */
export const ImrDetailsFieldsSchema = z
  .object({
    authorRole: multiLineText(120),
    authorInvolvement: AuthorInvolvementSchema.nullable(),
    recordsSecuredOn: IsoDateSchema.nullable(),
    methodology: z.object({ recordsRead: multiLineText(4000), peopleInterviewed: multiLineText(4000) }).strict(),
    context: z.object({ workload: multiLineText(4000), staffing: multiLineText(4000), organisationalChange: multiLineText(4000) }).strict(),
    recommendations: z.array(multiLineText(2000).pipe(z.string().min(1, 'Enter the recommendation, or remove it.'))).max(50),
  })
  .strict()
export type ImrDetailsFields = z.infer<typeof ImrDetailsFieldsSchema>

export const EMPTY_IMR_DETAILS: ImrDetailsFields = {
  authorRole: '',
  authorInvolvement: null,
  recordsSecuredOn: null,
  methodology: { recordsRead: '', peopleInterviewed: '' },
  context: { workload: '', staffing: '', organisationalChange: '' },
  recommendations: [],
}

/** A status change an IMR's own agency asks for: marking it received by the panel, or recording its sign-off. */
export const ImrStatusChangeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('received') }).strict(),
  z.object({ status: z.literal('signed-off'), signOff: SignOffSchema }).strict(),
])
export type ImrStatusChange = z.infer<typeof ImrStatusChangeSchema>
