/**
 * @module
 * The chronology entry the tests write when what it says does not matter: a health visitor's home
 * visit, in which the child was seen. A test spreads it and changes what it is about.
 */
import { NO_FLAGS, type ChronologyEntryFields } from '../../shared/imr/chronologyEntry.js'

export const HOME_VISIT: ChronologyEntryFields = {
  date: { precision: 'day', date: '2012-03-14' },
  time: '10:30',
  practitionerRole: 'Health Visitor',
  event: 'Home visit. Child K seen with Mother.',
  source: 'Health visiting record',
  impact: '',
  actionTaken: '',
  flags: { ...NO_FLAGS, childSeen: true },
}

/** A telephone call in which a visit was booked. */
export const TELEPHONE_CALL: ChronologyEntryFields = {
  ...HOME_VISIT,
  date: { precision: 'day', date: '2023-05-02' },
  time: '09:15',
  event: 'Telephone call with mother.',
  actionTaken: 'Visit booked.',
}
