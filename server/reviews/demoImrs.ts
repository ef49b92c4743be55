/**
 * @module
 * The demo review's IMRs: fictional chronologies of Kai ("the child"), by practitioners' roles, dated
 * back from the day he was admitted to hospital. They show what the merged chronology is for: exact,
 * month-only and approximate dates; the times he was seen, seen alone and spoken to; a stretch of about
 * three months when no agency saw him; and one incident that two agencies recorded on the same day.
 * Children's Social Care has signed off, the Police and Community Health IMRs are received (the demo
 * agency account writes Health's), and the school's is still requested and empty.
 */
import type { ChronologyDate } from '../../shared/imr/chronologyDate.js'
import { NO_FLAGS, type ChronologyEntry, type ChronologyFlag } from '../../shared/imr/chronologyEntry.js'
import { EMPTY_IMR_DETAILS, type ImrDetailsFields, type SignOff } from '../../shared/imr/imrDetails.js'
import { todayIso } from '../../shared/reviews/statutoryClock.js'
import type { ImrService } from '../imr/imrService.js'

interface DemoEntry {
  /** Days before Kai was admitted to hospital. */
  daysBefore: number
  precision?: 'day' | 'month' | 'approximate'
  time?: string
  role: string
  event: string
  source: string
  impact?: string
  action?: string
  flags?: ChronologyFlag[]
}

const HEALTH: DemoEntry[] = [
  { daysBefore: 410, time: '10:30', role: 'Health Visitor', event: 'New birth visit at home. Kai was seen and weighed and was feeding well. Mother said she had felt low since the birth and that her partner was “not much help”.', source: 'Health visiting electronic record', action: 'Postnatal depression screening planned for the six-week contact.', flags: ['childSeen'] },
  { daysBefore: 380, precision: 'month', role: 'Health Visitor', event: 'Six-week contact made by telephone because of staff shortages. Mother said Kai was well and declined a home visit.', source: 'Health visiting electronic record', action: 'Mother advised to see her GP about her low mood.' },
  { daysBefore: 320, precision: 'approximate', role: 'Community Nursery Nurse', event: 'Kai weighed at a drop-in clinic: his weight had fallen from the 50th to the 25th centile. The date comes from the clinic attendance list and is not certain.', source: 'Clinic attendance list and weight chart', impact: 'Slowing weight gain was not followed up for three months.', flags: ['childSeen'] },
  { daysBefore: 270, time: '14:00', role: 'Health Visitor', event: 'Home visit. Kai was seen in his cot and then on mother’s lap. The health visitor talked and played with Kai, who smiled and reached for her. Mother’s partner was present throughout and answered most questions.', source: 'Health visiting electronic record', impact: 'Kai appeared settled with his mother.', action: 'Weight to be reviewed in four weeks.', flags: ['childSeen', 'childSpokenTo', 'wishesAndFeelingsRecorded'] },
  { daysBefore: 180, role: 'Health Visitor', event: 'Home visit. Kai was seen in the living room with a bruise of about 1 cm on his left forearm. Mother said he had caught his arm on the cot bars.', source: 'Health visiting electronic record', action: 'Discussed with the Named Nurse for Safeguarding by telephone; advised to record the bruise and monitor.', flags: ['childSeen'] },
  { daysBefore: 152, time: '11:15', role: 'Health Visitor', event: 'Unannounced home visit. Mother’s partner answered the door, said Kai was asleep and mother was out, and did not let the health visitor in.', source: 'Health visiting electronic record', action: 'Letter sent offering a clinic appointment.', flags: ['accessPreventedByCarer'] },
  { daysBefore: 110, role: 'Health Visitor', event: 'Clinic appointment not attended. Two telephone calls were not answered.', source: 'Health visiting electronic record', action: 'A third letter was sent. The missed contacts were not escalated.' },
  { daysBefore: 90, time: '09:45', role: 'Community Nursery Nurse', event: 'Eleven-month review at the clinic. Kai was weighed and examined alone in the clinic room while mother completed a questionnaire in the waiting area; no marks were seen. Kai babbled and played with the nursery nurse.', source: 'Health visiting electronic record', flags: ['childSeen', 'childSeenAlone', 'childSpokenTo', 'wishesAndFeelingsRecorded'] },
]

const POLICE: DemoEntry[] = [
  { daysBefore: 135, precision: 'approximate', role: 'Police Constable', event: 'A neighbour called 999 reporting shouting and a baby crying at the address. Officers attended; nobody answered the door.', source: 'Police command and control log', action: 'Incident closed; no notification was sent to Children’s Social Care.', flags: ['thirdPartyConcern'] },
  { daysBefore: 23, time: '23:40', role: 'Police Constable', event: 'Domestic incident at the family home after a neighbour called. Officers attended; mother had a cut lip and her partner had left. Kai was seen asleep in his cot.', source: 'Police domestic abuse record', action: 'Risk assessment completed (medium risk); notification sent to Children’s Social Care.', flags: ['childSeen', 'thirdPartyConcern'] },
  { daysBefore: 0, role: 'Detective Constable, Child Abuse Investigation Team', event: 'The hospital reported that Kai had been admitted with injuries that doctors did not think were accidental. Joint strategy discussion with Children’s Social Care and health.', source: 'Police investigation record', action: 'Joint investigation started.' },
]

const SOCIAL_CARE: DemoEntry[] = [
  { daysBefore: 400, precision: 'month', role: 'Social Worker (front door)', event: 'Contact from midwifery: mother’s older child had been subject to a child protection plan in another area. Checks completed.', source: 'Children’s social care contact record', action: 'No further action; the information was passed to the health visitor.', flags: ['thirdPartyConcern'] },
  { daysBefore: 23, role: 'Social Worker (front door)', event: 'Police notification of a domestic incident at the family home after a neighbour called. Officers attended; mother had a cut lip. Kai was seen asleep in his cot.', source: 'Police notification', action: 'Child and family assessment started.', flags: ['childSeen', 'thirdPartyConcern'] },
  { daysBefore: 20, time: '15:00', role: 'Social Worker', event: 'Home visit for the assessment. Kai was seen in the living room with mother and her partner; he was quiet and watchful. Mother said the incident was “a one-off”.', source: 'Children’s social care case record', impact: 'Kai’s quietness was not explored further.', action: 'Plan to see Kai again within two weeks.', flags: ['childSeen'] },
  { daysBefore: 8, precision: 'approximate', role: 'Social Worker', event: 'Planned home visit cancelled by mother by text message and rearranged.', source: 'Children’s social care case record' },
  { daysBefore: 0, role: 'Social Worker', event: 'The hospital reported that Kai had been admitted with a fractured arm and bruising not thought to be accidental. Strategy discussion held with police and health.', source: 'Children’s social care case record', action: 'Child protection enquiry started; Kai to live with his maternal grandmother on discharge.' },
]

const HEALTH_DETAILS: ImrDetailsFields = {
  authorRole: 'Named Nurse for Safeguarding Children',
  authorInvolvement: 'managed',
  recordsSecuredOn: null,
  methodology: { recordsRead: 'Health visiting electronic records; clinic attendance lists; the safeguarding supervision log.', peopleInterviewed: 'Health Visitor 1; Community Nursery Nurse 1.' },
  context: { workload: 'Caseloads were about 600 children for each full-time health visitor.', staffing: 'The team had two vacant health visitor posts for most of the period.', organisationalChange: '' },
  recommendations: ['Missed contacts with a child under one are escalated to the Named Nurse after the second.'],
}

const POLICE_DETAILS: ImrDetailsFields = {
  ...EMPTY_IMR_DETAILS,
  authorRole: 'Detective Inspector, Public Protection Unit',
  authorInvolvement: 'managed',
  methodology: { recordsRead: 'Command and control logs; domestic abuse records; the investigation file.', peopleInterviewed: '' },
}

const SOCIAL_CARE_DETAILS: ImrDetailsFields = {
  authorRole: 'Head of Service, Safeguarding and Quality Assurance',
  authorInvolvement: 'managed',
  recordsSecuredOn: null,
  methodology: { recordsRead: 'The family’s case records, contact records and assessments.', peopleInterviewed: 'Social Worker 1; Team Manager 1.' },
  context: { workload: 'Each social worker held about 22 cases.', staffing: 'One in three social workers in the team were agency staff.', organisationalChange: 'The front door moved to a new system during the period.' },
  recommendations: ['Police notifications about a child under two lead to a home visit within five working days.', 'Historical child protection plans in other areas are requested at the first contact.'],
}

function dayBefore(admission: Date, days: number): string {
  return todayIso(new Date(admission.getTime() - days * 86_400_000))
}

function entriesOf(demo: DemoEntry[], admission: Date, updatedAt: string, prefix: string): ChronologyEntry[] {
  return demo.map((entry, index): ChronologyEntry => {
    const day = dayBefore(admission, entry.daysBefore)
    const date: ChronologyDate = entry.precision === 'month' ? { precision: 'month', month: day.slice(0, 7) } : { precision: entry.precision ?? 'day', date: day }
    return {
      id: `ent_demo${prefix}${String(index + 1).padStart(2, '0')}`,
      date,
      time: entry.time ?? null,
      practitionerRole: entry.role,
      event: entry.event,
      source: entry.source,
      impact: entry.impact ?? '',
      actionTaken: entry.action ?? '',
      flags: { ...NO_FLAGS, ...Object.fromEntries((entry.flags ?? []).map((flag) => [flag, true])) },
      revision: 1,
      updatedAt,
    }
  })
}

/** `admission` is the day Kai was admitted to hospital; `now` dates the sign-off and the records secured. */
export async function seedDemoImrs(imrs: ImrService, reviewId: string, admission: Date, now: Date): Promise<void> {
  const updatedAt = now.toISOString()
  const securedOn = dayBefore(admission, -2)
  const signOff: SignOff = { name: 'M. Okafor', role: 'Director of Children’s Services', date: dayBefore(now, 5) }
  await imrs.seed(reviewId, 'social-care', { status: 'signed-off', signOff, details: { ...SOCIAL_CARE_DETAILS, recordsSecuredOn: securedOn }, entries: entriesOf(SOCIAL_CARE, admission, updatedAt, 'sc') })
  await imrs.seed(reviewId, 'police', { status: 'received', signOff: null, details: { ...POLICE_DETAILS, recordsSecuredOn: securedOn }, entries: entriesOf(POLICE, admission, updatedAt, 'pol') })
  await imrs.seed(reviewId, 'health', { status: 'received', signOff: null, details: { ...HEALTH_DETAILS, recordsSecuredOn: securedOn }, entries: entriesOf(HEALTH, admission, updatedAt, 'hv') })
}
