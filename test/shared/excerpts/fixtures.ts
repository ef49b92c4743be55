/**
 * @module
 * Chronology entries for the excerpt tests.
 */
import type { AgencyChronologyEntry } from '../../../shared/imr/chronologyEntry.js'
import { HOME_VISIT } from '../../helpers/chronologyEntries.js'

export const HEALTH = { id: 'health', name: 'Community Health (health visiting)' }

export function entry(id: string, fields: Partial<AgencyChronologyEntry> = {}): AgencyChronologyEntry {
  return {
    id,
    agencyId: 'health',
    ...HOME_VISIT,
    revision: 1,
    updatedAt: '2012-03-15T09:00:00.000Z',
    ...fields,
  }
}
