/**
 * @module
 * Whether an excerpt's source has changed since it was inserted or last updated: its snapshot compared
 * with the sources as they are now. An excerpt whose agency's sources were not read (not loaded yet,
 * or not readable by this person) is "unknown", never "deleted"; a source the agency removed is
 * "deleted"; otherwise each field that changed is listed, before and after.
 */
import { formatChronologyDate } from '../imr/chronologyDate.js'
import type { ImrAnalysis, MergedChronologyEntry, MergedChronologySource } from '../api/imrs.js'
import { readExcerptAttributes, type ExcerptNodeContent, type ImrExcerptAttributes } from '../schema/imrExcerpt.js'
import { excerptFromAnalysis, excerptFromEntries } from './excerptContent.js'
import { readSnapshot, snapshotEntryOf, type SnapshotEntry } from './excerptSnapshot.js'

/** The current sources, as far as they were read. */
export interface ExcerptSources {
  /** The agencies whose chronology was read, with their names. */
  agencies: ReadonlyMap<string, string>
  entries: ReadonlyMap<string, MergedChronologyEntry>
  /** The analysis paragraphs (id to text) of the agencies whose analysis was read. */
  analyses: ReadonlyMap<string, ReadonlyMap<string, string>>
}

export const NO_SOURCES: ExcerptSources = { agencies: new Map(), entries: new Map(), analyses: new Map() }

export function excerptSourcesOf(chronology: MergedChronologySource | null, analyses: readonly ImrAnalysis[] = []): ExcerptSources {
  return {
    agencies: new Map((chronology?.agencies ?? []).map((agency) => [agency.id, agency.name])),
    entries: new Map((chronology?.entries ?? []).map((entry) => [entry.id, entry])),
    analyses: new Map(analyses.map((analysis) => [analysis.agencyId, new Map(analysis.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]))])),
  }
}

export interface ExcerptChange {
  /** What changed, as a person reads it: "What happened", "Date (14 March 2012)", "Entry". */
  label: string
  before: string
  after: string
}

export type ExcerptComparison = { state: 'unknown' } | { state: 'unchanged' } | { state: 'changed'; changes: ExcerptChange[] } | { state: 'deleted' }

const ENTRY_FIELDS: ReadonlyArray<{ field: keyof Omit<SnapshotEntry, 'id'>; label: string; show: (entry: SnapshotEntry) => string }> = [
  { field: 'date', label: 'Date', show: (entry) => formatChronologyDate(entry.date) },
  { field: 'time', label: 'Time', show: (entry) => entry.time ?? 'No time' },
  { field: 'practitionerRole', label: 'Practitioner', show: (entry) => entry.practitionerRole },
  { field: 'event', label: 'What happened', show: (entry) => entry.event },
  { field: 'source', label: 'Source', show: (entry) => entry.source },
]

function entryChanges(before: SnapshotEntry, after: SnapshotEntry, inRange: boolean): ExcerptChange[] {
  const where = inRange ? ` (${formatChronologyDate(before.date)})` : ''
  return ENTRY_FIELDS.flatMap(({ label, show }) => {
    const was = show(before)
    const is = show(after)
    return was === is ? [] : [{ label: `${label}${where}`, before: was, after: is }]
  })
}

/** The current entries an excerpt quotes, in its order, of its own agency; the deleted ones left out. */
function currentEntries(attrs: ImrExcerptAttributes, sources: ExcerptSources): MergedChronologyEntry[] {
  return attrs.sourceIds.flatMap((id) => {
    const entry = sources.entries.get(id)
    return entry && entry.agencyId === attrs.agencyId ? [entry] : []
  })
}

export function compareExcerpt(rawAttrs: Readonly<Record<string, unknown>>, sources: ExcerptSources): ExcerptComparison {
  const attrs = readExcerptAttributes(rawAttrs)
  const snapshot = readSnapshot(attrs.snapshot)
  if (!snapshot) return { state: 'unknown' }
  if (snapshot.kind === 'analysis') {
    const paragraphs = sources.analyses.get(attrs.agencyId)
    if (!paragraphs) return { state: 'unknown' }
    const text = paragraphs.get(snapshot.paragraph.id)
    if (text === undefined) return { state: 'deleted' }
    return text === snapshot.paragraph.text ? { state: 'unchanged' } : { state: 'changed', changes: [{ label: 'Text', before: snapshot.paragraph.text, after: text }] }
  }
  if (!sources.agencies.has(attrs.agencyId)) return { state: 'unknown' }
  const inRange = snapshot.entries.length > 1
  const changes: ExcerptChange[] = []
  let deleted = 0
  for (const before of snapshot.entries) {
    const current = sources.entries.get(before.id)
    if (!current || current.agencyId !== attrs.agencyId) {
      deleted += 1
      changes.push({ label: 'Entry', before: formatChronologyDate(before.date), after: 'Deleted' })
    } else {
      changes.push(...entryChanges(before, snapshotEntryOf(current), inRange))
    }
  }
  if (deleted === snapshot.entries.length) return { state: 'deleted' }
  return changes.length === 0 ? { state: 'unchanged' } : { state: 'changed', changes }
}

/** The excerpt made anew from its current source, for "Update excerpt"; null when nothing of it is left. */
export function updatedExcerpt(rawAttrs: Readonly<Record<string, unknown>>, sources: ExcerptSources): ExcerptNodeContent | null {
  const attrs = readExcerptAttributes(rawAttrs)
  const agency = { id: attrs.agencyId, name: sources.agencies.get(attrs.agencyId) ?? attrs.agencyName }
  const snapshot = readSnapshot(attrs.snapshot)
  if (snapshot?.kind === 'analysis') {
    const text = sources.analyses.get(attrs.agencyId)?.get(snapshot.paragraph.id)
    return text === undefined ? null : excerptFromAnalysis(agency, { id: snapshot.paragraph.id, text })
  }
  const entries = currentEntries(attrs, sources)
  return entries.length === 0 ? null : excerptFromEntries(agency, entries)
}
