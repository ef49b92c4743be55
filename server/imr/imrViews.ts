/**
 * @module
 * IMRs as the API shows them: in brief, whole, and every readable IMR's entries together for the
 * merged chronology, whose revision (also its ETag) changes whenever any of those IMRs changes.
 */
import { createHash } from 'node:crypto'
import type { ImrSummary, ImrView, MergedChronologyEntry, MergedChronologySource } from '../../shared/api/imrs.js'
import type { StoredReview } from '../../shared/api/reviews.js'
import { dateSortKey } from '../../shared/imr/chronologyDate.js'
import type { ChronologyEntry } from '../../shared/imr/chronologyEntry.js'
import { EMPTY_IMR_DETAILS } from '../../shared/imr/imrDetails.js'
import type { StoredImr } from '../storage/imrStore.js'

/** An agency's IMR as it is before anyone has changed it: requested, empty. */
export function newImr(agencyId: string): StoredImr {
  return { agencyId, status: 'requested', signOff: null, details: structuredClone(EMPTY_IMR_DETAILS), entries: [], revision: 0, updatedAt: null }
}

/** By date (a month-only date before the month's days), then time (none first), then as entered. */
export function sortedEntries<T extends Pick<ChronologyEntry, 'date' | 'time'>>(entries: readonly T[]): T[] {
  const key = (entry: T) => `${dateSortKey(entry.date)} ${entry.time ?? ''}`
  return entries
    .map((entry, index) => ({ entry, index, key: key(entry) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ entry }) => entry)
}

export function imrSummary(review: StoredReview, imr: StoredImr, access: 'read' | 'write'): ImrSummary {
  const agency = review.agencies.find((candidate) => candidate.id === imr.agencyId)
  return {
    agencyId: imr.agencyId,
    agencyName: agency?.name ?? imr.agencyId,
    status: imr.status,
    signOff: imr.signOff,
    entryCount: imr.entries.length,
    access,
    updatedAt: imr.updatedAt,
  }
}

export function imrView(review: StoredReview, imr: StoredImr, access: 'read' | 'write'): ImrView {
  return { ...imrSummary(review, imr, access), details: imr.details, entries: sortedEntries(imr.entries), revision: imr.revision }
}

/** Changes whenever an IMR's status, revision or agency name does: cheap, so an unchanged answer is known before it is built. */
export function mergedChronologyRevision(review: StoredReview, imrs: readonly StoredImr[]): string {
  const fingerprint = JSON.stringify(imrs.map((imr) => [imr.agencyId, agencyNameOf(review, imr.agencyId), imr.status, imr.revision]))
  return createHash('sha256').update(fingerprint).digest('base64url').slice(0, 27)
}

function agencyNameOf(review: StoredReview, agencyId: string): string {
  return review.agencies.find((agency) => agency.id === agencyId)?.name ?? agencyId
}

/** An entry as the merged chronology reads it: the page never shows impact, action taken or the entry's revision. */
export function mergedEntryOf(entry: ChronologyEntry, agencyId: string): MergedChronologyEntry {
  const { id, date, time, practitionerRole, event, source, flags } = entry
  return { id, agencyId, date, time, practitionerRole, event, source, flags }
}

export function mergedChronologySource(review: StoredReview, imrs: readonly StoredImr[]): MergedChronologySource {
  const agencies = imrs.map((imr) => ({ id: imr.agencyId, name: agencyNameOf(review, imr.agencyId), status: imr.status }))
  const entries = sortedEntries(imrs.flatMap((imr) => imr.entries.map((entry) => mergedEntryOf(entry, imr.agencyId))))
  return { agencies, entries, revision: mergedChronologyRevision(review, imrs) }
}
