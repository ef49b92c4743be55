/**
 * @module
 * Hostile input on every route of the API: bodies that are malformed, mislabelled, not UTF-8, too
 * large or that name object internals; every field with the wrong type, far too long or with hidden
 * characters; path parameters with broken percent-encoding; junk query strings and cookies. Each is
 * answered with a 4xx and the API's error body, and nothing is stored. The table of routes is
 * checked against the app's own list, so a new route cannot go untested.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ErrorBodySchema } from '../../shared/api/errors.js'
import { ACCOUNTS, startTestServer, type TestServer } from '../helpers/testServer.js'
import { bodyAttacks, PARAMETER_ATTACKS, QUERY_ATTACKS } from './support/httpAttacks.js'
import { sendRaw, type RawRequest, type RawResponse } from './support/httpRawRequest.js'
import { methodOf, NOT_ENDPOINTS, pathOf, ROUTE_CASES, type RouteCase } from './support/httpRouteCases.js'
import { storedState } from './support/httpStoredState.js'

/** What is wrong with an answer that should be a 4xx error in the API's shape, or null. */
function problemWith(response: RawResponse, statuses: number[]): string | null {
  if (!statuses.includes(response.status)) return `answered ${response.status}, not ${statuses.join(' or ')}: ${response.text.slice(0, 200)}`
  if (!response.contentType.startsWith('application/json')) return `answered ${response.contentType || 'no Content-Type'}, not JSON`
  const parsed = ErrorBodySchema.safeParse(JSON.parse(response.text))
  if (!parsed.success) return `answered a body that is not the API's error: ${response.text.slice(0, 200)}`
  const { code, message } = parsed.data.error
  if (!(ERROR_CODES as readonly string[]).includes(code)) return `answered the unknown error code ${code}`
  if (message.trim() === '' || /\n\s+at /.test(message)) return `answered the message ${JSON.stringify(message)}`
  return null
}

function callerOf(server: TestServer, routeCase: RouteCase): { headers(): Promise<Record<string, string>> } {
  let token: Promise<string> | null = null
  return {
    async headers(): Promise<Record<string, string>> {
      if (routeCase.caller === 'anonymous') return {}
      // Signing out ends the session it is sent with, so each request there brings its own.
      if (routeCase.caller === 'own session') return { Authorization: `Bearer ${await server.login(ACCOUNTS.comms)}` }
      token ??= server.login(ACCOUNTS[routeCase.caller])
      return { Authorization: `Bearer ${await token}` }
    },
  }
}

/**
 * A request the route refuses or only reads, to send again with junk around it: the route's path
 * with an empty JSON object when it reads a body, or a member nobody is when it removes one.
 */
function probeOf(route: string, routeCase: RouteCase, params: Record<string, string>): RawRequest {
  const method = methodOf(route)
  if (routeCase.body || routeCase.file) return { method, path: pathOf(route, params), headers: { 'Content-Type': 'application/json' }, body: '{}' }
  if (method === 'DELETE') return { method, path: pathOf(route, { ...params, userId: randomUUID() }) }
  return { method, path: pathOf(route, params) }
}

/** Checks answers, keeping a line for each that is wrong, so one run lists every hole. */
class Findings {
  readonly problems: string[] = []

  expectError(label: string, response: RawResponse, statuses: number[]): void {
    const problem = problemWith(response, statuses)
    if (problem) this.problems.push(`${label}: ${problem}`)
  }
}

function senderFor(server: TestServer, routeCase: RouteCase): (request: RawRequest) => Promise<RawResponse> {
  const caller = callerOf(server, routeCase)
  return async (request) => sendRaw(server.port, { ...request, headers: { ...(await caller.headers()), ...request.headers } })
}

function validRequest(route: string, routeCase: RouteCase, params: Record<string, string>): RawRequest {
  const json = routeCase.body ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(routeCase.body) } : {}
  const file = routeCase.file ? { headers: { 'Content-Type': routeCase.file.contentType }, body: routeCase.file.content } : {}
  return { method: methodOf(route), path: pathOf(route, params), ...json, ...file }
}

/** Bodies and path parameters the route must refuse, each with a 4xx error. */
async function refusedRequestProblems(server: TestServer, route: string, routeCase: RouteCase): Promise<string[]> {
  const findings = new Findings()
  const send = senderFor(server, routeCase)
  const params = routeCase.params?.(server) ?? {}
  const valid = validRequest(route, routeCase, params)
  for (const attack of routeCase.body ? bodyAttacks(routeCase.body, routeCase.anyText) : []) {
    const headers: Record<string, string> = attack.contentType === null ? {} : { 'Content-Type': attack.contentType }
    findings.expectError(`body with ${attack.label}`, await send({ ...valid, headers, body: attack.body }), [400, 413, 415])
  }
  for (const name of Object.keys(params)) {
    for (const [label, value] of Object.entries(PARAMETER_ATTACKS)) {
      findings.expectError(`:${name} as ${label}`, await send({ ...valid, path: pathOf(route, { ...params, [name]: value }) }), [404])
    }
  }
  return findings.problems
}

/** Query strings and cookies no page sends: the route answers as it does without them. */
async function junkAroundProblems(server: TestServer, route: string, routeCase: RouteCase): Promise<string[]> {
  const findings = new Findings()
  const send = senderFor(server, routeCase)
  const probe = probeOf(route, routeCase, routeCase.params?.(server) ?? {})
  const expected = await send(probe)
  const variants: Array<[string, RawRequest]> = [
    ...Object.entries(QUERY_ATTACKS).map(([label, query]): [string, RawRequest] => [`a query with ${label}`, { ...probe, path: `${probe.path}${query}` }]),
    // From the site itself, as a browser sends a cookie: without an Origin, a cookie on a change is refused outright.
    ['a cookie with broken percent-encoding', { ...probe, headers: { ...probe.headers, Origin: server.url, Cookie: 'overview_session=%E0%A4%A; other=%%' } }],
  ]
  for (const [label, request] of variants) {
    const response = await send(request)
    if (response.status !== expected.status) findings.problems.push(`${label}: answered ${response.status}, where without it ${expected.status}`)
    else if (response.status >= 400) findings.expectError(label, response, [response.status])
  }
  return findings.problems
}

describe('hostile input on every route of the API', () => {
  it('has a case for every route of the app', async () => {
    const server = await startTestServer()

    const routes = new Set(server.app.routes.map(({ method, path }) => `${method} ${path}`))

    expect([...routes].sort()).toEqual([...NOT_ENDPOINTS, ...Object.keys(ROUTE_CASES)].sort())
  })

  it.each(Object.keys(ROUTE_CASES))('%s answers hostile input with a 4xx and a clear error, stores nothing, and ignores junk around a request', async (route) => {
    const server = await startTestServer()
    const routeCase = ROUTE_CASES[route]
    const before = await storedState(server)

    expect(await refusedRequestProblems(server, route, routeCase)).toEqual([])
    expect(await storedState(server)).toEqual(before)
    expect(await junkAroundProblems(server, route, routeCase)).toEqual([])
    // The request the attacks were made from is accepted: each was refused for what it changed.
    const accepted = await senderFor(server, routeCase)(validRequest(route, routeCase, routeCase.params?.(server) ?? {}))
    expect(accepted.status, accepted.text).toBeLessThan(300)
  })
})
