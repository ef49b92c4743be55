/**
 * @module
 * Chronology entries for the excerpt tests.
 */
import type { MergedChronologyEntry } from '../../../shared/api/imrs.js'
import { HOME_VISIT } from '../../helpers/chronologyEntries.js'

export const HEALTH = { id: 'health', name: 'Community Health (health visiting)' }

export function entry(id: string, fields: Partial<MergedChronologyEntry> = {}): MergedChronologyEntry {
  const { date, time, practitionerRole, event, source, flags } = HOME_VISIT
  return { id, agencyId: 'health', date, time, practitionerRole, event, source, flags, ...fields }
}
