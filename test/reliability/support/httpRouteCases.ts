/**
 * @module
 * Every route of the API, with what a test of hostile input needs to call it: who calls it, the
 * values of its path parameters in the demo data, and for a route that reads a body, a body it
 * accepts (the attacks are built from it). The test compares this table with the routes the app
 * itself lists, so a route added without a case here fails it.
 */
import { TELEPHONE_CALL } from '../../helpers/chronologyEntries.js'
import { ACCOUNTS, DEMO_PASSWORD, DEMO_REVIEW, type TestServer } from '../../helpers/testServer.js'

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export interface RouteCase {
  /** Who calls it: an account, nobody, or a session of its own (signing out ends the caller's session). */
  caller: keyof typeof ACCOUNTS | 'anonymous' | 'own session'
  /** Values of the path parameters, which the attacks on parameters replace one at a time. */
  params?: (server: TestServer) => Record<string, string>
  /** A body the route accepts, as the last request of its test shows. */
  body?: JsonObject
  /** Fields that may hold any text (a password), spared the attacks with hidden characters. */
  anyText?: string[]
  /** For a route whose body is a file rather than JSON: a file it accepts. */
  file?: { contentType: string; content: string }
}

const inDemoReview = () => ({ id: DEMO_REVIEW })
/** The demo agency account writes the health IMR. */
const inHealthImr = () => ({ id: DEMO_REVIEW, agencyId: 'health' })

// Text that may run over several lines takes line breaks: spared the hidden-character attacks here,
// its other hidden characters are refused in test/integration/imrs.test.ts.
const ENTRY_FIELDS: JsonObject = TELEPHONE_CALL
const ENTRY_TEXT = ['event', 'impact', 'actionTaken']
const IMR_DETAILS: JsonObject = {
  authorRole: 'Named Nurse',
  authorInvolvement: 'managed',
  recordsSecuredOn: '2024-01-10',
  methodology: { recordsRead: 'Case records.', peopleInterviewed: 'Health Visitor 1.' },
  context: { workload: 'High.', staffing: 'Two vacancies.', organisationalChange: '' },
  recommendations: ['Escalate missed contacts.'],
}
const NEW_ACTION: JsonObject = {
  recommendationId: 'rcm_demo02',
  change: 'Police notify Children’s Social Care of every domestic incident where a baby lives.',
  leadAgencyId: 'police',
  responsibleRole: 'Detective Inspector',
  targetDate: '2099-12-31',
  status: 'on-track',
  evidenceOfImpact: 'None yet.',
  nextMonitoringDate: '2099-06-30',
}
const ACTION_TEXT = ['change', 'evidenceOfImpact']
const DETAILS_TEXT = ['authorRole', 'methodology.recordsRead', 'methodology.peopleInterviewed', 'context.workload', 'context.staffing', 'context.organisationalChange', 'recommendations.0']

function userIdOf(server: TestServer, email: string): string {
  const account = server.accounts.findByEmail(email)
  if (!account) throw new Error(`the demo data has no account ${email}`)
  return account.id
}

/** A notification of the panel member's, being stored as this returns (long before the accepted request is sent). */
function mentionOfPanel(server: TestServer): string {
  const id = 'ntf_routecase01'
  const mentions = { reviewId: DEMO_REVIEW, threadId: 'thr_routecase01', authorId: userIdOf(server, ACCOUNTS.author), messages: [{ messageId: 'msg_routecase01', body: '@Panel see here', mentions: [userIdOf(server, ACCOUNTS.panel)] }] }
  // Asked for once per probe; the copies share the id, and marking one read is what the route does.
  void server.notifications.notifyMentions(mentions, new Date(), () => id)
  return id
}

/** Keyed `METHOD path` as Hono lists them in `app.routes`. */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/health': { caller: 'anonymous' },
  'POST /api/auth/login': { caller: 'anonymous', body: { email: ACCOUNTS.panel2, password: DEMO_PASSWORD }, anyText: ['password'] },
  'POST /api/auth/logout': { caller: 'own session' },
  'GET /api/auth/me': { caller: 'author' },
  'GET /api/users': { caller: 'admin' },
  'POST /api/users': { caller: 'admin', body: { email: 'new.person@example.org', name: 'New Person' } },
  'GET /api/audit': { caller: 'admin' },
  'GET /api/reviews': { caller: 'author' },
  'POST /api/reviews': {
    caller: 'admin',
    body: { id: 'new-review', title: 'A new review', kind: 'rapid-review', agencies: [{ id: 'police', name: 'Police' }], dates: { notification: '2024-01-15' } },
  },
  'GET /api/reviews/:id': { caller: 'author', params: inDemoReview },
  'PATCH /api/reviews/:id': {
    caller: 'author',
    params: inDemoReview,
    body: { title: 'Child K (renamed)', status: 'with-panel', dates: { panelFirstMeeting: '2024-03-01' } },
  },
  'GET /api/reviews/:id/report.html': { caller: 'author', params: inDemoReview },
  'GET /api/reviews/:id/members': { caller: 'author', params: inDemoReview },
  'POST /api/reviews/:id/members': { caller: 'author', params: inDemoReview, body: { email: ACCOUNTS.panel2, role: 'agency', agencyId: 'health' } },
  'DELETE /api/reviews/:id/members/:userId': { caller: 'author', params: (server) => ({ id: DEMO_REVIEW, userId: userIdOf(server, ACCOUNTS.panel2) }) },
  'GET /api/reviews/:id/audit': { caller: 'author', params: inDemoReview },
  'GET /api/reviews/:id/summary': { caller: 'author', params: inDemoReview },
  'GET /api/reviews/:id/exports/report-with-comments.html': { caller: 'panel', params: inDemoReview },
  'GET /api/notifications': { caller: 'panel' },
  'POST /api/notifications/:id/read': { caller: 'panel', params: (server) => ({ id: mentionOfPanel(server) }) },
  'GET /api/reviews/:id/exports/:file': { caller: 'comms', params: () => ({ id: DEMO_REVIEW, file: 'executive-summary.html' }) },
  'POST /api/reviews/:id/exports/accepted-findings': { caller: 'author', params: inDemoReview, body: { text: 'Brown', reason: 'The colour of a car here, not a name.' } },
  'GET /api/reviews/:id/imrs': { caller: 'author', params: inDemoReview },
  'GET /api/reviews/:id/board-response': { caller: 'comms', params: inDemoReview },
  'PUT /api/reviews/:id/board-response': {
    caller: 'admin',
    params: inDemoReview,
    body: { revision: 0, acceptance: 'accepts-most', acceptanceReasons: 'Finding 2 is answered already.', actionsTaken: 'A single route.', impact: 'Faster referrals.', furtherActions: 'Training.' },
    anyText: ['acceptanceReasons', 'actionsTaken', 'impact', 'furtherActions'],
  },
  'GET /api/reviews/:id/publication': { caller: 'agency', params: inDemoReview },
  'PUT /api/reviews/:id/publication': { caller: 'comms', params: inDemoReview, body: { status: 'delayed', reason: 'The criminal trial.', publishedOn: null, comesDownOn: null }, anyText: ['reason'] },
  'GET /api/reviews/:id/exports/board-response.docx': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/exports/publication-pack.zip': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/publication-pack': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/chronology': { caller: 'panel', params: inDemoReview },
  'GET /api/reviews/:id/imrs/:agencyId': { caller: 'agency', params: inHealthImr },
  'PUT /api/reviews/:id/imrs/:agencyId/details': { caller: 'agency', params: inHealthImr, body: IMR_DETAILS, anyText: DETAILS_TEXT },
  'POST /api/reviews/:id/imrs/:agencyId/status': { caller: 'agency', params: inHealthImr, body: { status: 'received' } },
  // Reopening an IMR that is not signed off is done already, so the probes after the first change nothing.
  'POST /api/reviews/:id/imrs/:agencyId/reopen': { caller: 'author', params: () => ({ id: DEMO_REVIEW, agencyId: 'social-care' }) },
  'POST /api/reviews/:id/imrs/:agencyId/entries': { caller: 'agency', params: inHealthImr, body: ENTRY_FIELDS, anyText: ENTRY_TEXT },
  'PUT /api/reviews/:id/imrs/:agencyId/entries/:entryId': {
    caller: 'agency',
    params: () => ({ ...inHealthImr(), entryId: 'ent_demohv01' }),
    body: { revision: 1, fields: ENTRY_FIELDS },
    anyText: ENTRY_TEXT.map((name) => `fields.${name}`),
  },
  // The revision rides on the last parameter, the only place a case has for a query. Deleting an entry
  // already gone is done, so after the first probe deletes it the others are answered alike.
  'DELETE /api/reviews/:id/imrs/:agencyId/entries/:entryId': { caller: 'agency', params: () => ({ ...inHealthImr(), entryId: 'ent_demohv01?revision=1' }) },
  'POST /api/reviews/:id/imrs/:agencyId/chronology/import': {
    caller: 'agency',
    params: inHealthImr,
    file: { contentType: 'text/csv', content: 'date,practitioner_role,event,source\r\n14/03/2012,Health Visitor,Home visit,Health visiting record\r\n' },
  },
  'GET /api/reviews/:id/imrs/:agencyId/chronology.csv': { caller: 'agency', params: inHealthImr },
  'GET /api/reviews/:id/imrs/:agencyId/analysis': { caller: 'agency', params: inHealthImr },
  'GET /api/reviews/:id/media-statement': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/media-statement/register': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/exports/media-statement.docx': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/exports/media-statement.md': { caller: 'comms', params: inDemoReview },
  'GET /api/reviews/:id/exports/media-statement.html': { caller: 'author', params: inDemoReview },
  'GET /api/reviews/:id/action-plan': { caller: 'panel', params: inDemoReview },
  'GET /api/reviews/:id/action-plan.csv': { caller: 'panel', params: inDemoReview },
  'GET /api/reviews/:id/action-plan.docx': { caller: 'admin', params: inDemoReview },
  'POST /api/reviews/:id/action-plan/actions': { caller: 'author', params: inDemoReview, body: NEW_ACTION, anyText: ACTION_TEXT },
  'PUT /api/reviews/:id/action-plan/actions/:actionId': {
    caller: 'admin',
    params: () => ({ id: DEMO_REVIEW, actionId: 'act_demo01' }),
    body: { revision: 1, fields: NEW_ACTION },
    anyText: ACTION_TEXT.map((name) => `fields.${name}`),
  },
  // As for chronology entries, the revision rides on the last parameter.
  'DELETE /api/reviews/:id/action-plan/actions/:actionId': { caller: 'panel', params: () => ({ id: DEMO_REVIEW, actionId: 'act_demo01?revision=1' }) },
}

/**
 * Entries of `app.routes` that are not endpoints of their own: middleware (`use`) and catch-alls,
 * which Hono lists with a wildcard path. Named, so a new wildcard fails the test too.
 */
export const NOT_ENDPOINTS = ['ALL /*', 'ALL /api/*', 'ALL /collab/*', 'ALL /assets/*', 'GET /*']

/** The route's path with its parameters filled in. */
export function pathOf(route: string, params: Record<string, string>): string {
  const pattern = route.slice(route.indexOf(' ') + 1)
  return pattern.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `:${name}`)
}

export function methodOf(route: string): string {
  return route.slice(0, route.indexOf(' '))
}
