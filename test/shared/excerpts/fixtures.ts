/**
 * @module
 * Chronology entries for the excerpt tests.
 */
import type { AgencyChronologyEntry } from '../../../shared/imr/chronologyEntry.js'
import { NO_FLAGS } from '../../../shared/imr/chronologyEntry.js'

export const HEALTH = { id: 'health', name: 'Community Health (health visiting)' }

export function entry(id: string, fields: Partial<AgencyChronologyEntry> = {}): AgencyChronologyEntry {
  return {
    id,
    agencyId: 'health',
    date: { precision: 'day', date: '2012-03-14' },
    time: '10:30',
    practitionerRole: 'Health Visitor',
    event: 'Home visit. Child K seen with Mother.',
    source: 'Health visiting record',
    impact: '',
    actionTaken: '',
    flags: { ...NO_FLAGS, childSeen: true },
    revision: 1,
    updatedAt: '2012-03-15T09:00:00.000Z',
    ...fields,
  }
}
