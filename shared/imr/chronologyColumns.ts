/**
 * @module
 * The columns of a chronology file, for import (CSV, or a table in a Word document) and for CSV export.
 * Column names are matched without regard to case, spaces or underscores, in any order; a column that
 * is not listed here is refused, so a misspelt one is never silently dropped.
 */
import { CHRONOLOGY_FLAG_LABELS, CHRONOLOGY_FLAGS, type ChronologyFlag } from './chronologyEntry.js'

export type ChronologyField = 'date' | 'time' | 'practitionerRole' | 'event' | 'source' | 'impact' | 'actionTaken' | ChronologyFlag

export interface ChronologyColumn {
  /** The header as the sample file and the export write it. */
  name: string
  field: ChronologyField
  required: boolean
  description: string
}

const FLAG_COLUMN_NAMES: Record<ChronologyFlag, string> = {
  childSeen: 'child_seen',
  childSeenAlone: 'child_seen_alone',
  childSpokenTo: 'child_spoken_to',
  wishesAndFeelingsRecorded: 'wishes_and_feelings_recorded',
  accessPreventedByCarer: 'access_prevented_by_carer',
  thirdPartyConcern: 'third_party_concern',
}

export const CHRONOLOGY_COLUMNS: readonly ChronologyColumn[] = [
  {
    name: 'date',
    field: 'date',
    required: true,
    description:
      'An exact day as 14/03/2012 or 2012-03-14; a month only as 03/2012 or 2012-03; an approximate day with "about" or "c." before it, as about 14/03/2012.',
  },
  { name: 'time', field: 'time', required: false, description: 'Optional, as 14:30 (24-hour clock).' },
  { name: 'practitioner_role', field: 'practitionerRole', required: true, description: "The practitioner's role, such as Health Visitor. Never their name." },
  { name: 'event', field: 'event', required: true, description: 'What happened, in plain and non-judgemental words.' },
  { name: 'source', field: 'source', required: true, description: 'Where the information comes from: a record, or a person’s role.' },
  { name: 'impact', field: 'impact', required: false, description: 'The impact on the child, if known.' },
  { name: 'action_taken', field: 'actionTaken', required: false, description: 'What was done as a result.' },
  ...CHRONOLOGY_FLAGS.map(
    (flag): ChronologyColumn => ({
      name: FLAG_COLUMN_NAMES[flag],
      field: flag,
      required: false,
      description: `${CHRONOLOGY_FLAG_LABELS[flag]}: yes or no (empty means no).`,
    }),
  ),
]

/** `Practitioner Role`, `practitioner_role` and `practitionerrole` all name the same column. */
export function normaliseColumnName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, '')
}

export function findColumn(header: string): ChronologyColumn | undefined {
  const wanted = normaliseColumnName(header)
  return CHRONOLOGY_COLUMNS.find((column) => normaliseColumnName(column.name) === wanted)
}

/** The largest chronology file import takes, and the most rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ROWS = 10_000
