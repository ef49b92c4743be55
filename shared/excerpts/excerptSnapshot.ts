/**
 * @module
 * What an excerpt remembers of its source: the fields of each chronology entry it quotes, or the text
 * of the analysis paragraph, as they were when it was inserted or last updated. Stored as JSON in the
 * excerpt's `snapshot` attribute, read back through a schema (a broken snapshot reads as none), and
 * never part of any output.
 */
import { z } from 'zod'
import { ChronologyDateSchema } from '../imr/chronologyDate.js'
import type { ChronologyEntry } from '../imr/chronologyEntry.js'

export const SnapshotEntrySchema = z.object({
  id: z.string(),
  date: ChronologyDateSchema,
  time: z.string().nullable(),
  practitionerRole: z.string(),
  event: z.string(),
  source: z.string(),
})
export type SnapshotEntry = z.infer<typeof SnapshotEntrySchema>

export const AnalysisSnapshotSchema = z.object({ id: z.string(), text: z.string() })
export type AnalysisSnapshot = z.infer<typeof AnalysisSnapshotSchema>

export const ExcerptSnapshotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entries'), entries: z.array(SnapshotEntrySchema).min(1) }),
  z.object({ kind: z.literal('analysis'), paragraph: AnalysisSnapshotSchema }),
])
export type ExcerptSnapshot = z.infer<typeof ExcerptSnapshotSchema>

/** The fields of an entry that an excerpt quotes, and so the ones whose change it shows. */
export function snapshotEntryOf(entry: Pick<ChronologyEntry, keyof SnapshotEntry>): SnapshotEntry {
  const { id, date, time, practitionerRole, event, source } = entry
  return { id, date, time, practitionerRole, event, source }
}

export function writeSnapshot(snapshot: ExcerptSnapshot): string {
  return JSON.stringify(snapshot)
}

export function readSnapshot(json: string): ExcerptSnapshot | null {
  try {
    return ExcerptSnapshotSchema.safeParse(JSON.parse(json)).data ?? null
  } catch {
    return null
  }
}
