/**
 * @module
 * The executive summary as the API shows it: in the app (`GET /api/reviews/:id/summary`) and in the
 * refusal of an export that fails the leak check. A finding's text and place (confidential: it is a
 * real name) go only to those who may read the report; others learn how many there are.
 */
import { z } from 'zod'
import { LeakFindingSchema } from '../redaction/leakCheck.js'

export const SummarySectionViewSchema = z.object({
  sectionId: z.string().nullable(),
  title: z.string(),
  kind: z.string().nullable(),
  audience: z.string(),
})

export const SummaryViewSchema = z.object({
  title: z.string(),
  sections: z.array(SummarySectionViewSchema),
  warnings: z.array(z.object({ part: z.string(), message: z.string() })),
  findingCount: z.number().int(),
  /** Only for those who may read the report. */
  findings: z.array(LeakFindingSchema).nullable(),
  /** The summary's body as HTML; null while the leak check finds anything. */
  html: z.string().nullable(),
})
export type SummaryView = z.infer<typeof SummaryViewSchema>

/** `details` of a `leak_check_failed` refusal. */
export const LeakCheckDetailsSchema = z.object({
  findingCount: z.number().int(),
  findings: z.array(LeakFindingSchema.partial({ text: true, place: true })),
})
export type LeakCheckDetails = z.infer<typeof LeakCheckDetailsSchema>
