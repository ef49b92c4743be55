/**
 * @module
 * The IMR API's bodies. Routes, all under `/api/reviews/:reviewId`:
 * - `GET  /imrs`                                  the IMRs the caller may read, in brief
 * - `GET  /imrs/:agencyId`                        one IMR: details, status, chronology, the caller's access
 * - `PUT  /imrs/:agencyId/details`                `ImrDetailsFields` (own agency, not signed off)
 * - `POST /imrs/:agencyId/status`                 `ImrStatusChange` (own agency, not signed off)
 * - `POST /imrs/:agencyId/entries`                `ChronologyEntryFields` → the new entry
 * - `PUT  /imrs/:agencyId/entries/:entryId`       `ChangeChronologyEntry` → the changed entry; 409 `edit_conflict` on a stale revision
 * - `DELETE /imrs/:agencyId/entries/:entryId`     `?revision=N`; 204 too when the entry is already gone
 * - `POST /imrs/:agencyId/chronology/import`      the file itself (CSV or DOCX), `?mode=replace|append`;
 *                                                 all or nothing: 400 `import_failed` with `ImportProblem[]` in details
 * - `POST /imrs/:agencyId/reopen`                 a signed-off IMR back to its agency, as 'received' (author or admin; done already if not signed off)
 * - `GET  /imrs/:agencyId/chronology.csv`         the chronology as CSV, in the import's columns
 * - `GET  /chronology`                            every readable IMR's entries, only the fields the merged chronology
 *                                                 shows (no impact, action taken or entry revision); ETag, 304 on `If-None-Match`
 * - `GET  /imrs/:agencyId/analysis`               the analysis paragraphs (id and text), for excerpts
 */
import { z } from 'zod'
import { ChronologyEntryFieldsSchema, ChronologyEntrySchema } from '../imr/chronologyEntry.js'
import { ImrDetailsFieldsSchema, ImrStatusSchema, SignOffSchema } from '../imr/imrDetails.js'
import { DocumentAccessSchema } from './reviews.js'

export const ImrSummarySchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  status: ImrStatusSchema,
  signOff: SignOffSchema.nullable(),
  entryCount: z.number().int(),
  access: DocumentAccessSchema,
  updatedAt: z.string().nullable(),
})
export type ImrSummary = z.infer<typeof ImrSummarySchema>

export const ImrListSchema = z.object({ imrs: z.array(ImrSummarySchema) })
export type ImrList = z.infer<typeof ImrListSchema>

export const ImrViewSchema = ImrSummarySchema.extend({
  details: ImrDetailsFieldsSchema,
  entries: z.array(ChronologyEntrySchema),
  /** Goes up on every change to this IMR's details, status or chronology. */
  revision: z.number().int(),
})
export type ImrView = z.infer<typeof ImrViewSchema>

export const ChangeChronologyEntrySchema = z.object({ revision: z.number().int().min(1), fields: ChronologyEntryFieldsSchema }).strict()
export type ChangeChronologyEntry = z.infer<typeof ChangeChronologyEntrySchema>

export const IMPORT_MODES = ['replace', 'append'] as const
export const ImportModeSchema = z.enum(IMPORT_MODES)
export type ImportMode = z.infer<typeof ImportModeSchema>

/** One reason an imported file was refused: row 1 is the first row after the header; row 0 is the header. */
export const ImportProblemSchema = z.object({ row: z.number().int().min(0), column: z.string().nullable(), message: z.string() })
export type ImportProblem = z.infer<typeof ImportProblemSchema>

export const ImportResultSchema = z.object({ imported: z.number().int(), entryCount: z.number().int() })
export type ImportResult = z.infer<typeof ImportResultSchema>

/**
 * One entry as the merged chronology reads it, with its agency: what the page shows, filters, counts
 * and compares for duplicates (and what an excerpt quotes), nothing more.
 */
export const MergedChronologyEntrySchema = ChronologyEntrySchema.pick({
  id: true,
  date: true,
  time: true,
  practitionerRole: true,
  event: true,
  source: true,
  flags: true,
}).extend({ agencyId: z.string() })
export type MergedChronologyEntry = z.infer<typeof MergedChronologyEntrySchema>

export const MergedChronologySourceSchema = z.object({
  agencies: z.array(z.object({ id: z.string(), name: z.string(), status: ImrStatusSchema })),
  entries: z.array(MergedChronologyEntrySchema),
  /** Changes whenever any entry of any readable IMR changes; also sent as the ETag. */
  revision: z.string(),
})
export type MergedChronologySource = z.infer<typeof MergedChronologySourceSchema>

export const AnalysisParagraphSchema = z.object({ id: z.string(), text: z.string() })
export const ImrAnalysisSchema = z.object({ agencyId: z.string(), paragraphs: z.array(AnalysisParagraphSchema) })
export type ImrAnalysis = z.infer<typeof ImrAnalysisSchema>

/** The Content-Type an import is sent with, by kind of file; any other is refused with 415. */
export const CHRONOLOGY_IMPORT_TYPES = {
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const
export type ChronologyImportFormat = keyof typeof CHRONOLOGY_IMPORT_TYPES

/** A sample chronology in the import's columns, served with the web client. */
export const SAMPLE_CHRONOLOGY_PATH = '/assets/chronology-sample.csv'
