/**
 * @module
 * A small merged chronology worked through by hand: four agencies, nineteen entries between February
 * and December 2012 (2012 is a leap year), with a month-only and an approximate date, untimed and timed
 * entries on one day, three pairs of likely duplicates and several near misses. The expectations in
 * the tests beside this file were worked out on paper from this list.
 */
import type { MergedChronologyEntry, MergedChronologySource } from '../../../shared/api/imrs'
import type { ChronologyDate } from '../../../shared/imr/chronologyDate'
import { NO_FLAGS, type ChronologyFlag } from '../../../shared/imr/chronologyEntry'

const day = (date: string): ChronologyDate => ({ precision: 'day', date })
const month = (value: string): ChronologyDate => ({ precision: 'month', month: value })
const about = (date: string): ChronologyDate => ({ precision: 'approximate', date })

export function exampleEntry(id: string, agencyId: string, date: ChronologyDate, time: string | null, flags: ChronologyFlag[], event: string): MergedChronologyEntry {
  return {
    id: `ent_${id}`,
    agencyId,
    date,
    time,
    practitionerRole: 'Practitioner',
    event,
    source: 'Case record',
    flags: { ...NO_FLAGS, ...Object.fromEntries(flags.map((flag) => [flag, true])) },
  }
}

const seenAloneAndSpokenTo: ChronologyFlag[] = ['childSeen', 'childSeenAlone', 'childSpokenTo']

/** In no particular order, as the server may send them. */
export const EXAMPLE_ENTRIES: MergedChronologyEntry[] = [
  exampleEntry('r00001', 'csc', day('2012-12-03'), null, ['childSeen'], 'Home visit; child seen with mother.'),
  exampleEntry('a00001', 'health', day('2012-03-01'), '09:30', seenAloneAndSpokenTo, 'Health visitor home visit; child weighed and measured.'),
  exampleEntry('b00001', 'police', day('2012-03-01'), null, ['thirdPartyConcern'], 'Neighbour reported shouting at the family home; officers attended.'),
  exampleEntry('c00001', 'csc', day('2012-03-01'), null, ['thirdPartyConcern'], 'Police reported shouting at the family home; officers attended overnight.'),
  exampleEntry('d00001', 'csc', month('2012-03'), null, ['childSeen'], 'Social worker visited the child at home during March.'),
  exampleEntry('e00001', 'school', about('2012-02-28'), null, ['childSeen', 'childSpokenTo'], 'Class teacher spoke with the child about a bruise.'),
  exampleEntry('f00001', 'health', day('2012-03-01'), '08:15', [], 'Telephone call to mother to arrange visit.'),
  exampleEntry('g00001', 'police', day('2012-03-01'), '09:30', [], 'Officers completed risk assessment.'),
  exampleEntry('h00001', 'school', day('2012-05-20'), null, ['childSeen'], 'Child attended school; teacher noted tiredness.'),
  exampleEntry('i00001', 'health', day('2012-05-21'), '10:00', ['childSeen'], 'Child taken to GP by mother, tiredness noted.'),
  exampleEntry('j00001', 'csc', day('2012-05-22'), null, [], 'Strategy meeting held with police and health; section 47 enquiry agreed.'),
  exampleEntry('k00001', 'police', day('2012-05-23'), '14:00', [], 'Strategy meeting held with health and social care; section 47 enquiry agreed.'),
  exampleEntry('l00001', 'health', day('2012-05-25'), null, [], 'Strategy meeting held with police and health; section 47 enquiry agreed.'),
  exampleEntry('n00001', 'school', month('2012-07'), null, [], 'Mother told school the family would move away.'),
  exampleEntry('o00001', 'health', day('2012-07-19'), null, ['childSeen', 'childSpokenTo'], 'Mother told health visitor the family would move away.'),
  exampleEntry('p00001', 'police', day('2012-08-02'), null, [], 'Mother told police the family would move away.'),
  exampleEntry('q00001', 'csc', day('2012-09-10'), null, seenAloneAndSpokenTo, 'Social worker saw the child alone at school.'),
  exampleEntry('t00002', 'school', day('2012-12-03'), null, [], 'Attendance letter sent to mother.'),
  exampleEntry('t00001', 'school', day('2012-12-03'), null, [], 'Attendance letter sent.'),
]

/** The agencies in the order the server lists them (not by name). */
export const EXAMPLE_SOURCE: MergedChronologySource = {
  agencies: [
    { id: 'police', name: 'Police', status: 'received' },
    { id: 'health', name: 'Health Visiting', status: 'signed-off' },
    { id: 'csc', name: 'Children’s Social Care', status: 'received' },
    { id: 'school', name: 'Northfield Primary School', status: 'received' },
  ],
  entries: EXAMPLE_ENTRIES,
  revision: 'r1',
}

/** The merged order worked out by hand, by id without the `ent_` prefix. */
export const EXAMPLE_ORDER = ['e00001', 'd00001', 'c00001', 'b00001', 'f00001', 'a00001', 'g00001', 'h00001', 'i00001', 'j00001', 'k00001', 'l00001', 'n00001', 'o00001', 'p00001', 'q00001', 'r00001', 't00001', 't00002']

export const idsOf = (entries: readonly { entry: { id: string } }[]): string[] => entries.map(({ entry }) => entry.id.slice(4))
