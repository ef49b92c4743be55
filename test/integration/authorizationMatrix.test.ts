import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { UserSchema } from '../../shared/api/auth.js'
import { ACCOUNTS, DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/testServer.js'

const CALLERS = ['anonymous', 'expired', 'admin', 'author', 'panel', 'agency', 'comms', 'outsider'] as const
type Caller = (typeof CALLERS)[number]
type Statuses = [number, number, number, number, number, number, number, number]

const OTHER = 'other-review'
const UNKNOWN = 'no-such-review'

/**
 * What each caller gets, written out from the issue rather than computed from the capability table.
 * Keys are `METHOD path` or, for routes of one review, `METHOD path reviewId` (or `reviewId/agencyId`
 * for an agency's IMR): child-k is the demo review, OTHER a review whose author is the outsider and
 * that no demo account belongs to, UNKNOWN an id no review has. The agency account writes child-k's
 * health IMR; social-care's is signed off. Columns in the order of CALLERS; `expired` is a session that was valid and has
 * passed its idle time. Logout runs last for each caller, as it ends their session.
 */
const EXPECTED: Record<string, Statuses> = {
  //                                                         anon exp  adm  auth pan  agcy comm out
  'GET /api/health':                                        [200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/login':                                   [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/auth/me':                                       [401, 401, 200, 200, 200, 200, 200, 200],
  'GET /api/users':                                         [401, 401, 200, 403, 403, 403, 403, 403],
  'POST /api/users':                                        [401, 401, 201, 403, 403, 403, 403, 403],
  'GET /api/audit':                                         [401, 401, 200, 403, 403, 403, 403, 403],
  'GET /api/reviews':                                       [401, 401, 200, 200, 200, 200, 200, 200],
  'POST /api/reviews':                                      [401, 401, 201, 403, 403, 403, 403, 403],
  'GET /api/reviews/:id child-k':                           [401, 401, 200, 200, 200, 200, 200, 404],
  'GET /api/reviews/:id other-review':                      [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id no-such-review':                    [401, 401, 404, 404, 404, 404, 404, 404],
  'PATCH /api/reviews/:id child-k':                         [401, 401, 200, 200, 403, 403, 403, 404],
  'PATCH /api/reviews/:id other-review':                    [401, 401, 200, 404, 404, 404, 404, 200],
  'PATCH /api/reviews/:id no-such-review':                  [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/report.html child-k':               [401, 401, 403, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/report.html other-review':          [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/report.html no-such-review':        [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/members child-k':                   [401, 401, 200, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/members other-review':              [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/members no-such-review':            [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/members child-k':                  [401, 401, 201, 201, 403, 403, 403, 404],
  'POST /api/reviews/:id/members other-review':             [401, 401, 201, 404, 404, 404, 404, 201],
  'POST /api/reviews/:id/members no-such-review':           [401, 401, 404, 404, 404, 404, 404, 404],
  'DELETE /api/reviews/:id/members/:userId child-k':        [401, 401, 204, 204, 403, 403, 403, 404],
  'DELETE /api/reviews/:id/members/:userId other-review':   [401, 401, 204, 404, 404, 404, 404, 204],
  'DELETE /api/reviews/:id/members/:userId no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/audit child-k':                     [401, 401, 200, 200, 403, 403, 403, 404],
  'GET /api/reviews/:id/audit other-review':                [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/audit no-such-review':              [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/summary child-k':                   [401, 401, 200, 200, 200, 403, 200, 404],
  'GET /api/reviews/:id/summary other-review':              [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/summary no-such-review':            [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/:file child-k':             [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/exports/:file other-review':        [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/:file no-such-review':      [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/exports/accepted-findings child-k': [401, 401, 403, 201, 403, 403, 403, 404],
  'POST /api/reviews/:id/exports/accepted-findings other-review': [401, 401, 403, 404, 404, 404, 404, 201],
  'POST /api/reviews/:id/exports/accepted-findings no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/imrs child-k':                      [401, 401, 403, 200, 200, 200, 403, 404],
  'GET /api/reviews/:id/imrs other-review':                 [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/imrs no-such-review':               [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/chronology child-k':                [401, 401, 403, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/chronology other-review':           [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/chronology no-such-review':         [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/imrs/:agencyId child-k/health':     [401, 401, 403, 200, 200, 200, 403, 404],
  'GET /api/reviews/:id/imrs/:agencyId child-k/police':     [401, 401, 403, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/imrs/:agencyId child-k/fire':       [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/imrs/:agencyId other-review/health': [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/imrs/:agencyId no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'PUT /api/reviews/:id/imrs/:agencyId/details child-k/health': [401, 401, 403, 403, 403, 200, 403, 404],
  'PUT /api/reviews/:id/imrs/:agencyId/details child-k/police': [401, 401, 403, 403, 403, 403, 403, 404],
  'PUT /api/reviews/:id/imrs/:agencyId/details other-review/health': [401, 401, 403, 404, 404, 404, 404, 403],
  'PUT /api/reviews/:id/imrs/:agencyId/details no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/imrs/:agencyId/status child-k/health': [401, 401, 403, 403, 403, 200, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/status child-k/police': [401, 401, 403, 403, 403, 403, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/status other-review/health': [401, 401, 403, 404, 404, 404, 404, 403],
  'POST /api/reviews/:id/imrs/:agencyId/status no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/imrs/:agencyId/reopen child-k/social-care': [401, 401, 200, 200, 403, 403, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/reopen other-review/health': [401, 401, 200, 404, 404, 404, 404, 200],
  'POST /api/reviews/:id/imrs/:agencyId/reopen no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/imrs/:agencyId/entries child-k/health': [401, 401, 403, 403, 403, 201, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/entries child-k/police': [401, 401, 403, 403, 403, 403, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/entries other-review/health': [401, 401, 403, 404, 404, 404, 404, 403],
  'POST /api/reviews/:id/imrs/:agencyId/entries no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'PUT /api/reviews/:id/imrs/:agencyId/entries/:entryId child-k/health': [401, 401, 403, 403, 403, 200, 403, 404],
  'PUT /api/reviews/:id/imrs/:agencyId/entries/:entryId child-k/police': [401, 401, 403, 403, 403, 403, 403, 404],
  'PUT /api/reviews/:id/imrs/:agencyId/entries/:entryId other-review/health': [401, 401, 403, 404, 404, 404, 404, 403],
  'PUT /api/reviews/:id/imrs/:agencyId/entries/:entryId no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'DELETE /api/reviews/:id/imrs/:agencyId/entries/:entryId child-k/health': [401, 401, 403, 403, 403, 204, 403, 404],
  'DELETE /api/reviews/:id/imrs/:agencyId/entries/:entryId child-k/police': [401, 401, 403, 403, 403, 403, 403, 404],
  'DELETE /api/reviews/:id/imrs/:agencyId/entries/:entryId other-review/health': [401, 401, 403, 404, 404, 404, 404, 403],
  'DELETE /api/reviews/:id/imrs/:agencyId/entries/:entryId no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/imrs/:agencyId/chronology/import child-k/health': [401, 401, 403, 403, 403, 200, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/chronology/import child-k/police': [401, 401, 403, 403, 403, 403, 403, 404],
  'POST /api/reviews/:id/imrs/:agencyId/chronology/import other-review/health': [401, 401, 403, 404, 404, 404, 404, 403],
  'POST /api/reviews/:id/imrs/:agencyId/chronology/import no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/imrs/:agencyId/chronology.csv child-k/health': [401, 401, 403, 200, 200, 200, 403, 404],
  'GET /api/reviews/:id/imrs/:agencyId/chronology.csv child-k/police': [401, 401, 403, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/imrs/:agencyId/chronology.csv other-review/health': [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/imrs/:agencyId/chronology.csv no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/imrs/:agencyId/analysis child-k/health': [401, 401, 403, 200, 200, 200, 403, 404],
  'GET /api/reviews/:id/imrs/:agencyId/analysis child-k/police': [401, 401, 403, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/imrs/:agencyId/analysis other-review/health': [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/imrs/:agencyId/analysis no-such-review/health': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/report-with-comments.html child-k': [401, 401, 403, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/exports/report-with-comments.html other-review': [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/report-with-comments.html no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  // Action plans: other-review's report has no recommendations (400 once allowed) and no demo actions (404, or 204 for a deletion).
  'GET /api/reviews/:id/action-plan child-k':               [401, 401, 200, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/action-plan other-review':          [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/action-plan no-such-review':        [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/action-plan.csv child-k':           [401, 401, 200, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/action-plan.csv other-review':      [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/action-plan.csv no-such-review':    [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/action-plan.docx child-k':          [401, 401, 200, 200, 200, 403, 403, 404],
  'GET /api/reviews/:id/action-plan.docx other-review':     [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/action-plan.docx no-such-review':   [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/reviews/:id/action-plan/actions child-k':      [401, 401, 201, 201, 201, 403, 403, 404],
  'POST /api/reviews/:id/action-plan/actions other-review': [401, 401, 400, 404, 404, 404, 404, 400],
  'POST /api/reviews/:id/action-plan/actions no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'PUT /api/reviews/:id/action-plan/actions/:actionId child-k': [401, 401, 200, 200, 200, 403, 403, 404],
  'PUT /api/reviews/:id/action-plan/actions/:actionId other-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'PUT /api/reviews/:id/action-plan/actions/:actionId no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'DELETE /api/reviews/:id/action-plan/actions/:actionId child-k': [401, 401, 204, 204, 204, 403, 403, 404],
  'DELETE /api/reviews/:id/action-plan/actions/:actionId other-review': [401, 401, 204, 404, 404, 404, 404, 204],
  'DELETE /api/reviews/:id/action-plan/actions/:actionId no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  // The media statement: read by author, panel and comms; its files for those who publish or draft it (never the panel).
  'GET /api/reviews/:id/media-statement child-k':           [401, 401, 403, 200, 200, 403, 200, 404],
  'GET /api/reviews/:id/media-statement other-review':      [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/media-statement no-such-review':    [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/media-statement/register child-k':  [401, 401, 403, 200, 200, 403, 200, 404],
  'GET /api/reviews/:id/media-statement/register other-review': [401, 401, 403, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/media-statement/register no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/media-statement.docx child-k': [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/exports/media-statement.docx other-review': [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/media-statement.docx no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/media-statement.md child-k': [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/exports/media-statement.md other-review': [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/media-statement.md no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/media-statement.html child-k': [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/exports/media-statement.html other-review': [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/media-statement.html no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/board-response child-k':            [401, 401, 200, 200, 200, 403, 200, 404],
  'GET /api/reviews/:id/board-response other-review':       [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/board-response no-such-review':     [401, 401, 404, 404, 404, 404, 404, 404],
  'PUT /api/reviews/:id/board-response child-k':            [401, 401, 200, 403, 403, 403, 403, 404],
  'PUT /api/reviews/:id/board-response other-review':       [401, 401, 200, 404, 404, 404, 404, 403],
  'PUT /api/reviews/:id/board-response no-such-review':     [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/publication child-k':               [401, 401, 200, 200, 200, 200, 200, 404],
  'GET /api/reviews/:id/publication other-review':          [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/publication no-such-review':        [401, 401, 404, 404, 404, 404, 404, 404],
  'PUT /api/reviews/:id/publication child-k':               [401, 401, 200, 403, 403, 403, 200, 404],
  'PUT /api/reviews/:id/publication other-review':          [401, 401, 200, 404, 404, 404, 404, 403],
  'PUT /api/reviews/:id/publication no-such-review':        [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/board-response.docx child-k': [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/exports/board-response.docx other-review': [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/board-response.docx no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/exports/publication-pack.zip child-k': [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/exports/publication-pack.zip other-review': [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/exports/publication-pack.zip no-such-review': [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/reviews/:id/publication-pack child-k':          [401, 401, 200, 200, 403, 403, 200, 404],
  'GET /api/reviews/:id/publication-pack other-review':     [401, 401, 200, 404, 404, 404, 404, 200],
  'GET /api/reviews/:id/publication-pack no-such-review':   [401, 401, 404, 404, 404, 404, 404, 404],
  'GET /api/notifications':                                 [401, 401, 200, 200, 200, 200, 200, 200],
  // Nobody has a notification with this id: each caller may mark only their own.
  'POST /api/notifications/:id/read ntf_nosuchone1':        [401, 401, 404, 404, 404, 404, 404, 404],
  'POST /api/auth/logout':                                  [204, 204, 204, 204, 204, 204, 204, 204],
}

/**
 * Entries of `app.routes` that are not endpoints of their own. Hono lists middleware (`use`) and
 * catch-alls as routes with a wildcard path; each is named here, so a new wildcard fails the test too.
 */
const NOT_ENDPOINTS = [
  'ALL /*', // security headers on every response, and the web client's own header middleware
  'ALL /api/*', // the session and Origin middleware, Cache-Control, and the API's JSON 404
  'ALL /collab/*', // 426 for plain HTTP; WebSocket upgrades never reach Hono (see collabAccess.test.ts)
  'ALL /assets/*', // the built web client's files: public, like any login page's scripts
  'GET /*', // the web client's index.html for every page path, which asks the API for everything else
]

const routeOf = (key: string) => key.split(' ').slice(0, 2).join(' ')

const ENTRY_FIELDS = {
  date: { precision: 'month', month: '2023-05' },
  time: null,
  practitionerRole: 'Health Visitor',
  event: 'Telephone call with mother.',
  source: 'Health visiting record',
  impact: '',
  actionTaken: '',
  flags: { childSeen: false, childSeenAlone: false, childSpokenTo: false, wishesAndFeelingsRecorded: false, accessPreventedByCarer: false, thirdPartyConcern: false },
}
const IMPORTED_CSV = 'date,practitioner_role,event,source\r\n14/03/2012,Health Visitor,Home visit,Health visiting record\r\n'

/** The entry each route names, in child-k's demo IMRs, and the query an import or deletion needs. */
function entryPathOf(route: string, agencyId: string): string {
  const entry = agencyId === 'police' ? 'ent_demopol01' : route.startsWith('DELETE') ? 'ent_demohv02' : 'ent_demohv01'
  return route.startsWith('DELETE') ? `${entry}?revision=1` : entry
}

function bodyFor(route: string, caller: Caller): unknown {
  switch (route) {
    case 'POST /api/auth/login':
      return { email: ACCOUNTS.panel2, password: DEMO_PASSWORD }
    case 'POST /api/users':
      return { email: `made-by-${caller}@example.org`, name: `Made by ${caller}` }
    case 'POST /api/reviews':
      return { id: `made-by-${caller}`, title: 'A new review', kind: 'rapid-review' }
    case 'PATCH /api/reviews/:id':
      return { status: 'with-panel' }
    case 'POST /api/reviews/:id/members':
      return { email: ACCOUNTS.panel2, role: 'panel' }
    case 'POST /api/reviews/:id/exports/accepted-findings':
      return { text: 'Brown', reason: 'The colour of a car here, not a name.' }
    case 'PUT /api/reviews/:id/board-response':
      return { revision: 0, acceptance: 'accepts-all', acceptanceReasons: '', actionsTaken: 'A single route for concerns.', impact: '', furtherActions: '' }
    case 'PUT /api/reviews/:id/publication':
      return { status: 'published', reason: '', publishedOn: '2026-03-05', comesDownOn: null }
    case 'PUT /api/reviews/:id/imrs/:agencyId/details':
      return { authorRole: '', authorInvolvement: null, recordsSecuredOn: null, methodology: { recordsRead: '', peopleInterviewed: '' }, context: { workload: '', staffing: '', organisationalChange: '' }, recommendations: [] }
    case 'POST /api/reviews/:id/imrs/:agencyId/status':
      return { status: 'received' }
    case 'POST /api/reviews/:id/imrs/:agencyId/entries':
      return ENTRY_FIELDS
    case 'PUT /api/reviews/:id/imrs/:agencyId/entries/:entryId':
      return { revision: 1, fields: ENTRY_FIELDS }
    case 'POST /api/reviews/:id/action-plan/actions':
      return { recommendationId: 'rcm_demo01', change: 'One route to share concerns.', leadAgencyId: 'health', responsibleRole: 'Named Nurse', targetDate: '2099-01-31' }
    default:
      return undefined
  }
}

interface Setup {
  /** A member of child-k and OTHER whom the DELETE rows remove; put back before each of them. */
  spareId: string
  outsiderPassword: string
  restoreSpare(): Promise<void>
}

const CreatedUserSchema = z.object({ user: UserSchema, password: z.string() })

async function expectStatus(response: Response, status: number): Promise<unknown> {
  expect(response.status, await response.clone().text()).toBe(status)
  return response.json()
}

/** Through the API as the admin: the outsider and the spare member, and OTHER with the outsider as its author. */
async function setUp(server: TestServer): Promise<Setup> {
  const admin = await server.login(ACCOUNTS.admin)
  const post = (path: string, json: unknown) => server.fetchAs(admin, path, { method: 'POST', json })
  const outsider = CreatedUserSchema.parse(await expectStatus(await post('/api/users', { email: 'outsider@example.org', name: 'Olu Outsider' }), 201))
  const spare = CreatedUserSchema.parse(await expectStatus(await post('/api/users', { email: 'spare@example.org', name: 'Sol Spare' }), 201))
  await expectStatus(await post('/api/reviews', { id: OTHER, title: 'Another review', kind: 'rapid-review', agencies: [{ id: 'health', name: 'Health' }] }), 201)
  await expectStatus(await post(`/api/reviews/${OTHER}/members`, { email: 'outsider@example.org', role: 'author' }), 201)
  const restoreSpare = async () => {
    for (const review of ['child-k', OTHER]) {
      await expectStatus(await post(`/api/reviews/${review}/members`, { email: 'spare@example.org', role: 'comms' }), 201)
    }
  }
  await restoreSpare()
  return { spareId: spare.user.id, outsiderPassword: outsider.password, restoreSpare }
}

async function statusesOf(server: TestServer, caller: Caller, token: string | null, setup: Setup | null): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {}
  for (const key of Object.keys(EXPECTED)) {
    const [method, path, target = ''] = key.split(' ')
    const [reviewId, agencyId = ''] = target.split('/')
    const route = routeOf(key)
    if (route === 'DELETE /api/reviews/:id/members/:userId' && setup) await setup.restoreSpare()
    const url = path
      .replace(':id', reviewId)
      .replace(':agencyId', agencyId)
      .replace(':entryId', entryPathOf(route, agencyId))
      .replace(':userId', setup?.spareId ?? randomUUID())
      .replace(':file', 'executive-summary.html')
      // The first caller allowed deletes act_demo04; for the others it is gone, which is done too.
      .replace(':actionId', route.startsWith('DELETE') ? 'act_demo04?revision=1' : 'act_demo01')
    const response = route.endsWith('/chronology/import')
      ? await fetch(`${server.url}${url}?mode=append`, { method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'text/csv' }, body: IMPORTED_CSV })
      : route === 'PUT /api/reviews/:id/action-plan/actions/:actionId'
        ? // Each caller allowed changes act_demo01 at the revision the one before left it.
          await server.fetchAs(token, url, { method, json: { revision: server.actionPlans.list(reviewId).find(({ id }) => id === 'act_demo01')?.revision ?? 1, fields: { status: 'at-risk' } } })
        : await server.fetchAs(token, url, { method, json: bodyFor(route, caller) })
    statuses[key] = response.status
    await response.body?.cancel()
  }
  return statuses
}

describe('who may use which route', () => {
  it('answers each caller on each route as the table says', async () => {
    const server = await startTestServer()
    const setup = await setUp(server)
    // Sessions on this server end 1 ms after their last use; the first request after a pause finds this one over.
    const expiring = await startTestServer({ sessionIdleMs: 1 })
    const expiredToken = await expiring.login(ACCOUNTS.author)
    await new Promise((resolve) => setTimeout(resolve, 20))

    const actual: Record<string, Partial<Record<Caller, number>>> = Object.fromEntries(Object.keys(EXPECTED).map((key) => [key, {}]))
    for (const caller of CALLERS) {
      // The expired session is asked of the server that issued it. OTHER does not exist there; with no
      // live session every route answers 401 before it looks for a review.
      const target = caller === 'expired' ? expiring : server
      const token =
        caller === 'anonymous' ? null
        : caller === 'expired' ? expiredToken
        : caller === 'outsider' ? await server.login('outsider@example.org', setup.outsiderPassword)
        : await server.login(ACCOUNTS[caller])
      const statuses = await statusesOf(target, caller, token, caller === 'expired' ? null : setup)
      for (const [key, status] of Object.entries(statuses)) actual[key][caller] = status
    }

    // Compared with the callers named, so a failure says whose answer differs.
    const named = (row: Statuses) => Object.fromEntries(CALLERS.map((caller, index) => [caller, row[index]]))
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([key, row]) => [key, named(row)]))
    expect(actual).toEqual(expected)
  })

  it('answers a review the caller does not belong to exactly as one that does not exist', async () => {
    const server = await startTestServer()
    await setUp(server)
    const author = await server.login(ACCOUNTS.author)

    for (const path of ['', '/report.html', '/members', '/audit', '/summary', '/exports/executive-summary.md', '/imrs', '/chronology', '/imrs/health', '/imrs/health/chronology.csv', '/action-plan', '/action-plan.csv', '/media-statement', '/media-statement/register', '/exports/media-statement.docx', '/board-response', '/publication', '/publication-pack', '/exports/publication-pack.zip']) {
      const notMine = await server.fetchAs(author, `/api/reviews/${OTHER}${path}`)
      const unknown = await server.fetchAs(author, `/api/reviews/${UNKNOWN}${path}`)
      expect(notMine.status).toBe(404)
      expect(await notMine.json()).toEqual(await unknown.json())
    }
  })

  it('has a row for every route of the app', async () => {
    const server = await startTestServer()

    const routes = new Set(server.app.routes.map(({ method, path }) => `${method} ${path}`))
    const rows = new Set(Object.keys(EXPECTED).map(routeOf))

    expect([...routes].sort()).toEqual([...NOT_ENDPOINTS, ...rows].sort())
  })
})
