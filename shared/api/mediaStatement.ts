/**
 * @module
 * The media statement as the API shows it: its register view (what the statement's redaction needs
 * of the review's register, without a real name the caller did not type), and its public preview with
 * the leak check's result and the gaps still to fill.
 */
import { z } from 'zod'
import { EntityCategorySchema } from '../redaction/categories.js'
import { LeakFindingSchema } from '../redaction/leakCheck.js'

export const MediaStatementRegisterEntitySchema = z.object({
  id: z.string(),
  category: EntityCategorySchema,
  pseudonym: z.string(),
  /** The entity's names and aliases (or parts of them) as they are in the statement, unredacted, now. */
  names: z.array(z.string()),
})
export type MediaStatementRegisterEntity = z.infer<typeof MediaStatementRegisterEntitySchema>

export const MediaStatementRegisterViewSchema = z.object({
  entities: z.array(MediaStatementRegisterEntitySchema),
  /** Names with no pseudonym that are in the statement, unredacted: review members', and broken register entries'. */
  otherNames: z.array(z.string()),
  /** The board's name, which is public (the statement's publisher). */
  boardName: z.string(),
})
export type MediaStatementRegisterView = z.infer<typeof MediaStatementRegisterViewSchema>

export const MediaStatementViewSchema = z.object({
  title: z.string(),
  /** Gaps in square brackets still to fill, and anything else to put right before publishing. */
  warnings: z.array(z.string()),
  findingCount: z.number().int(),
  /** A finding's text only where the caller may read the report or the text is in the statement they read. */
  findings: z.array(LeakFindingSchema.partial({ text: true, place: true })),
  /** The public statement's body as HTML; null while the leak check finds anything. */
  html: z.string().nullable(),
})
export type MediaStatementView = z.infer<typeof MediaStatementViewSchema>
