/**
 * @module
 * Every route of the API, with what a test of hostile input needs to call it: who calls it, the
 * values of its path parameters in the demo data, and for a route that reads a body, a body it
 * accepts (the attacks are built from it). The test compares this table with the routes the app
 * itself lists, so a route added without a case here fails it.
 */
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
}

const inDemoReview = () => ({ id: DEMO_REVIEW })

function userIdOf(server: TestServer, email: string): string {
  const account = server.accounts.findByEmail(email)
  if (!account) throw new Error(`the demo data has no account ${email}`)
  return account.id
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
  'GET /api/reviews/:id/exports/:file': { caller: 'comms', params: () => ({ id: DEMO_REVIEW, file: 'executive-summary.html' }) },
  'POST /api/reviews/:id/exports/accepted-findings': { caller: 'author', params: inDemoReview, body: { text: 'Brown', reason: 'The colour of a car here, not a name.' } },
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
