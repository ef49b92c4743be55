/**
 * @module
 * An excerpt's text and caption, made from its source: one paragraph per chronology entry, read as a
 * sentence ("14 March 2012, 10:30. Health Visitor: Visited the family at home. (Source: health
 * visiting record)"), or the analysis paragraph's text as it stands.
 */
import type { JSONContent } from '@tiptap/core'
import { formatChronologyDate, type ChronologyDate } from '../imr/chronologyDate.js'
import type { ExcerptNodeContent } from '../schema/imrExcerpt.js'
import { snapshotEntryOf, writeSnapshot, type AnalysisSnapshot, type SnapshotEntry } from './excerptSnapshot.js'

export interface ExcerptAgency {
  id: string
  name: string
}

const MONTH_YEAR = / ([A-Z][a-z]+) (\d{4})$/

/** "14 March 2012"; a range "14 to 20 March 2012", "14 March to 2 May 2012", "14 March 2012 to 2 May 2013". */
export function dateRangeLabel(first: ChronologyDate, last: ChronologyDate): string {
  const from = formatChronologyDate(first)
  const to = formatChronologyDate(last)
  if (from === to) return from
  if (first.precision === 'day' && last.precision === 'day') {
    const fromParts = MONTH_YEAR.exec(from)
    const toParts = MONTH_YEAR.exec(to)
    if (fromParts && toParts && fromParts[2] === toParts[2]) {
      const cut = fromParts[1] === toParts[1] ? fromParts[0].length : fromParts[2].length + 1
      return `${from.slice(0, from.length - cut)} to ${to}`
    }
  }
  return `${from} to ${to.charAt(0).toLocaleLowerCase('en-GB')}${to.slice(1)}`
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim()

/** One entry as the sentence an excerpt quotes. */
export function entrySentence(entry: SnapshotEntry): string {
  const when = `${formatChronologyDate(entry.date)}${entry.time ? `, ${entry.time}` : ''}`
  const who = oneLine(entry.practitionerRole) || 'Practitioner'
  const source = oneLine(entry.source)
  return `${when}. ${who}: ${oneLine(entry.event)}${source ? ` (Source: ${source})` : ''}`
}

const paragraphOf = (text: string): JSONContent => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] })

/** An excerpt of one entry or of several, in the order given (the chronology's order). */
export function excerptFromEntries(agency: ExcerptAgency, entries: ReadonlyArray<Parameters<typeof snapshotEntryOf>[0]>): ExcerptNodeContent {
  if (entries.length === 0) throw new Error('An excerpt needs at least one chronology entry.')
  const snapshot = entries.map(snapshotEntryOf)
  const first = snapshot[0]
  const last = snapshot[snapshot.length - 1]
  return {
    attrs: {
      agencyId: agency.id,
      agencyName: agency.name,
      sourceKind: snapshot.length === 1 ? 'entry' : 'entries',
      sourceIds: snapshot.map((entry) => entry.id),
      dateLabel: dateRangeLabel(first.date, last.date),
      snapshot: writeSnapshot({ kind: 'entries', entries: snapshot }),
    },
    content: snapshot.map((entry) => paragraphOf(entrySentence(entry))),
  }
}

/** An excerpt of one paragraph of the IMR's analysis. */
export function excerptFromAnalysis(agency: ExcerptAgency, paragraph: AnalysisSnapshot): ExcerptNodeContent {
  return {
    attrs: {
      agencyId: agency.id,
      agencyName: agency.name,
      sourceKind: 'analysis',
      sourceIds: [paragraph.id],
      dateLabel: '',
      snapshot: writeSnapshot({ kind: 'analysis', paragraph: { id: paragraph.id, text: paragraph.text } }),
    },
    content: paragraph.text.split(/\r?\n/).map((line) => paragraphOf(line.trim())),
  }
}
