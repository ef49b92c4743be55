/**
 * @module
 * The publication pack's readiness (`GET /api/reviews/:id/publication-pack`): for each file of the pack,
 * in its order, what the leak check finds in it (the text and place only for those who may read the
 * report) and what it still lacks. `ready` when no file would be refused; `complete` when none lacks
 * anything. It is advice: the zip is checked again when it is downloaded.
 */
import { z } from 'zod'
import { LeakCheckDetailsSchema } from './summary.js'

/** The pack's file name, in its download's address (`/api/reviews/:id/exports/<file>`) and in the browser. */
export const PUBLICATION_PACK_FILE = 'publication-pack.zip'

/** Where a file's content is written, and so where to put it right. */
export const PACK_SOURCES = ['summary', 'board-response', 'media-statement'] as const
export const PackSourceSchema = z.enum(PACK_SOURCES)
export type PackSource = z.infer<typeof PackSourceSchema>

/** `fixedOn`: a page other than the file's source where the warning is put right (actions: the action plan). */
export const PackWarningSchema = z.object({ message: z.string(), fixedOn: z.literal('action-plan').optional() })
export type PackWarning = z.infer<typeof PackWarningSchema>

export const PackFileCheckSchema = z.object({
  file: z.string(),
  title: z.string(),
  source: PackSourceSchema,
  findingCount: z.number().int().min(0),
  findings: LeakCheckDetailsSchema.shape.findings,
  warnings: z.array(PackWarningSchema),
})
export type PackFileCheck = z.infer<typeof PackFileCheckSchema>

export const PublicationPackCheckSchema = z.object({
  /** No file has a finding: the pack would be given out. */
  ready: z.boolean(),
  /** No file has a warning. */
  complete: z.boolean(),
  files: z.array(PackFileCheckSchema),
})
export type PublicationPackCheck = z.infer<typeof PublicationPackCheckSchema>
