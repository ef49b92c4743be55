/**
 * @module
 * Where the IMRs of a review are kept: each agency's details, status and sign-off, and its
 * chronology. The embedded default is `fileImrStore.ts` (one JSON file per review); a server database
 * can implement the same interface. Reads are synchronous because the collaboration endpoint asks
 * whether an IMR is signed off on every liveness tick: a store loads what it holds when it opens.
 */
import { z } from 'zod'
import { SlugSchema } from '../../shared/api/reviews.js'
import { ChronologyEntrySchema } from '../../shared/imr/chronologyEntry.js'
import { ImrDetailsFieldsSchema, ImrStatusSchema, SignOffSchema } from '../../shared/imr/imrDetails.js'

export const StoredImrSchema = z.object({
  agencyId: SlugSchema,
  status: ImrStatusSchema,
  signOff: SignOffSchema.nullable(),
  details: ImrDetailsFieldsSchema,
  entries: z.array(ChronologyEntrySchema),
  /** Goes up on every change to the details, status or chronology; 0 for an IMR never changed. */
  revision: z.number().int().min(0),
  updatedAt: z.iso.datetime().nullable(),
})
export type StoredImr = z.infer<typeof StoredImrSchema>

export interface ImrStore {
  /** The stored IMRs of a review, in no particular order; an agency whose IMR was never changed may have none. */
  imrsOf(reviewId: string): readonly StoredImr[]
  /**
   * Makes `change` to the review's IMRs (it may add one) and stores it, all or nothing: when `change`
   * throws, or storing fails (`storage_unavailable`), nothing is changed. Changes to one review are
   * made one at a time. Resolves with what `change` returned.
   */
  update<R>(reviewId: string, change: (imrs: StoredImr[]) => R): Promise<R>
  /** Stops retrying failed writes; on shutdown. */
  close(): void
}
