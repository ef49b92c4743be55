import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { LoginResponseSchema, SESSION_COOKIE, UserSchema } from '../../shared/api/auth.js'
import { ErrorBodySchema } from '../../shared/api/errors.js'
import { ACCOUNTS, DEMO_PASSWORD, startTestServer, type TestServer } from '../helpers/testServer.js'

const AuditEventsSchema = z.object({
  events: z.array(
    z.object({ action: z.string(), actorEmail: z.string().nullable(), reviewId: z.string().nullable(), details: z.record(z.string(), z.unknown()) }),
  ),
})

function postLogin(server: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return server.fetchAs(null, '/api/auth/login', { method: 'POST', json: body, headers })
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string; details?: unknown }> {
  const { error } = ErrorBodySchema.parse(await response.json())
  return { status: response.status, ...error }
}

async function auditOf(server: TestServer, token: string, path: string) {
  const response = await server.fetchAs(token, path)
  expect(response.status).toBe(200)
  return AuditEventsSchema.parse(await response.json()).events
}

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns the same token for scripts', async () => {
    const server = await startTestServer()

    const response = await postLogin(server, { email: ' Author@Example.org ', password: DEMO_PASSWORD })
    const body = LoginResponseSchema.parse(await response.json())
    const cookie = response.headers.get('set-cookie') ?? ''

    expect(response.status).toBe(200)
    expect(body.user).toMatchObject({ email: ACCOUNTS.author, isAdmin: false })
    expect(cookie.startsWith(`${SESSION_COOKIE}=${body.token};`)).toBe(true)
    expect(cookie).toMatch(/; HttpOnly(;|$)/)
    expect(cookie).toMatch(/; SameSite=Strict(;|$)/)
    expect(cookie).toMatch(/; Path=\/(;|$)/)
    expect(cookie).toMatch(/; Max-Age=43200(;|$)/)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('accepts the session as the cookie or as a bearer token, and nothing else', async () => {
    const server = await startTestServer()
    const token = await server.login(ACCOUNTS.panel)

    const withCookie = await server.fetchAs(null, '/api/auth/me', { headers: { Cookie: `${SESSION_COOKIE}=${token}` } })
    const withBearer = await server.fetchAs(token, '/api/auth/me')
    const withQuery = await server.fetchAs(null, `/api/auth/me?token=${token}`)

    expect(z.object({ user: UserSchema }).parse(await withCookie.json()).user.email).toBe(ACCOUNTS.panel)
    expect(z.object({ user: UserSchema }).parse(await withBearer.json()).user.email).toBe(ACCOUNTS.panel)
    expect(await errorOf(withQuery)).toMatchObject({ status: 401, code: 'unauthenticated' })
  })

  it('ends the session on logout, whether it was sent as a cookie or a bearer token', async () => {
    const server = await startTestServer()
    const byCookie = await server.login(ACCOUNTS.author)
    const byBearer = await server.login(ACCOUNTS.author)

    const cookieLogout = await server.fetchAs(null, '/api/auth/logout', {
      method: 'POST',
      headers: { Cookie: `${SESSION_COOKIE}=${byCookie}`, Origin: server.url },
    })
    const bearerLogout = await server.fetchAs(byBearer, '/api/auth/logout', { method: 'POST' })

    expect(cookieLogout.status).toBe(204)
    expect(cookieLogout.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`))
    expect(bearerLogout.status).toBe(204)
    expect((await server.fetchAs(byCookie, '/api/auth/me')).status).toBe(401)
    expect((await server.fetchAs(byBearer, '/api/auth/me')).status).toBe(401)
  })

  it('answers a wrong password exactly as an unknown email, so neither tells whether an account exists', async () => {
    const server = await startTestServer()

    const wrongPassword = await errorOf(await postLogin(server, { email: ACCOUNTS.author, password: 'not-the-password' }))
    const unknownEmail = await errorOf(await postLogin(server, { email: 'nobody@example.org', password: 'not-the-password' }))

    expect(wrongPassword).toEqual({ status: 401, code: 'invalid_credentials', message: expect.any(String) })
    expect(unknownEmail).toEqual(wrongPassword)
  })

  it('locks an account after 5 failed attempts, even against the right password, and no other account', async () => {
    const server = await startTestServer()
    const attempts: number[] = []
    for (let attempt = 0; attempt < 5; attempt++) attempts.push((await postLogin(server, { email: ACCOUNTS.comms, password: `guess-${attempt}` })).status)

    const rightPassword = await errorOf(await postLogin(server, { email: ACCOUNTS.comms, password: DEMO_PASSWORD }))

    expect(attempts).toEqual([401, 401, 401, 401, 401])
    expect(rightPassword).toMatchObject({ status: 429, code: 'account_locked' })
    expect((await postLogin(server, { email: ACCOUNTS.panel, password: DEMO_PASSWORD })).status).toBe(200)
  })

  it('does not lock an account whose failures are interrupted by a successful sign-in', async () => {
    const server = await startTestServer()
    for (let attempt = 0; attempt < 4; attempt++) await postLogin(server, { email: ACCOUNTS.comms, password: 'wrong-password' })
    await server.login(ACCOUNTS.comms)
    for (let attempt = 0; attempt < 4; attempt++) await postLogin(server, { email: ACCOUNTS.comms, password: 'wrong-password' })

    expect((await postLogin(server, { email: ACCOUNTS.comms, password: DEMO_PASSWORD })).status).toBe(200)
  })
})

describe('requests from other sites', () => {
  it('refuses a state-changing request that names another site as its Origin', async () => {
    const server = await startTestServer()

    const login = await postLogin(server, { email: ACCOUNTS.author, password: DEMO_PASSWORD }, { Origin: 'https://evil.example' })

    expect(await errorOf(login)).toMatchObject({ status: 403, code: 'origin_not_allowed' })
  })

  it('refuses a state-changing request that carries the cookie without an Origin, and keeps the session', async () => {
    const server = await startTestServer()
    const token = await server.login(ACCOUNTS.author)
    const cookie = { Cookie: `${SESSION_COOKIE}=${token}` }

    const logout = await server.fetchAs(null, '/api/auth/logout', { method: 'POST', headers: cookie })
    const patch = await server.fetchAs(null, '/api/reviews/child-k', { method: 'PATCH', json: { title: 'Changed' }, headers: cookie })
    const sameSite = await server.fetchAs(null, '/api/reviews/child-k', {
      method: 'PATCH',
      json: { title: 'Changed' },
      headers: { ...cookie, Origin: server.url },
    })

    expect(await errorOf(logout)).toMatchObject({ status: 403, code: 'origin_not_allowed' })
    expect(await errorOf(patch)).toMatchObject({ status: 403, code: 'origin_not_allowed' })
    expect(sameSite.status).toBe(200)
    expect((await server.fetchAs(token, '/api/auth/me')).status).toBe(200)
  })
})

describe('invalid input', () => {
  it('answers a body that is not JSON with 400', async () => {
    const server = await startTestServer()

    const empty = await server.fetchAs(null, '/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' } })
    const notJson = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":' })

    expect(await errorOf(empty)).toMatchObject({ status: 400, code: 'validation_failed' })
    expect(await errorOf(notJson)).toMatchObject({ status: 400, code: 'validation_failed', message: 'The request body must be JSON.' })
  })

  it('answers missing and malformed fields with 400 and each problem by field', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)

    const login = await errorOf(await postLogin(server, { email: 'not an email' }))
    const review = await errorOf(await server.fetchAs(admin, '/api/reviews', { method: 'POST', json: { id: 'Bad Id', kind: 'inquest' } }))
    const patch = await errorOf(await server.fetchAs(admin, '/api/reviews/child-k', { method: 'PATCH', json: { owner: 'me' } }))
    const agencyMissing = { email: ACCOUNTS.panel2, role: 'agency' }
    const member = await errorOf(await server.fetchAs(admin, '/api/reviews/child-k/members', { method: 'POST', json: agencyMissing }))

    expect(login).toMatchObject({ status: 400, code: 'validation_failed' })
    expect(login.details).toEqual([
      { path: 'email', message: expect.stringContaining('email address') },
      { path: 'password', message: expect.any(String) },
    ])
    expect(review).toMatchObject({ status: 400, code: 'validation_failed' })
    expect(review.details).toEqual(expect.arrayContaining(['id', 'title', 'kind'].map((path) => expect.objectContaining({ path }))))
    expect(patch).toMatchObject({ status: 400, code: 'validation_failed' })
    expect(member).toMatchObject({ status: 400, code: 'validation_failed', details: [expect.objectContaining({ path: 'agencyId' })] })
  })
})

describe('the audit log', () => {
  it('records sign-ins, failed sign-ins, membership changes and report exports, with who did them', async () => {
    const server = await startTestServer()
    await postLogin(server, { email: ACCOUNTS.panel, password: 'wrong-password' })
    const admin = await server.login(ACCOUNTS.admin)
    const author = await server.login(ACCOUNTS.author)
    await server.fetchAs(author, '/api/reviews/child-k/members', { method: 'POST', json: { email: ACCOUNTS.panel2, role: 'comms' } })
    const me = z.object({ user: UserSchema }).parse(await (await server.fetchAs(await server.login(ACCOUNTS.panel2), '/api/auth/me')).json())
    await server.fetchAs(admin, `/api/reviews/child-k/members/${me.user.id}`, { method: 'DELETE' })
    await server.fetchAs(author, '/api/reviews/child-k/report.html')

    const everything = await auditOf(server, admin, '/api/audit')
    const review = await auditOf(server, author, '/api/reviews/child-k/audit')

    expect(everything).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'login.failed', actorEmail: ACCOUNTS.panel }),
        expect.objectContaining({ action: 'login.succeeded', actorEmail: ACCOUNTS.author }),
      ]),
    )
    expect(review.slice(0, 3)).toEqual([
      expect.objectContaining({ action: 'export.downloaded', actorEmail: ACCOUNTS.author, details: { export: 'report.html' } }),
      expect.objectContaining({
        action: 'member.removed',
        actorEmail: ACCOUNTS.admin,
        details: expect.objectContaining({ memberEmail: ACCOUNTS.panel2 }),
      }),
      expect.objectContaining({
        action: 'member.role_changed',
        actorEmail: ACCOUNTS.author,
        details: expect.objectContaining({ memberEmail: ACCOUNTS.panel2, role: 'comms', previousRole: 'panel' }),
      }),
    ])
    expect(review.every((event) => event.reviewId === 'child-k')).toBe(true)
  })

  it('shows a review\'s events to its admin and author only', async () => {
    const server = await startTestServer()
    const statuses: Record<string, number> = {}

    for (const role of ['admin', 'author', 'panel', 'agency', 'comms'] as const) {
      statuses[role] = (await server.fetchAs(await server.login(ACCOUNTS[role]), '/api/reviews/child-k/audit')).status
    }

    expect(statuses).toEqual({ admin: 200, author: 200, panel: 403, agency: 403, comms: 403 })
  })
})
