/**
 * @module
 * Signing in and out. The session token is set as an httpOnly, SameSite=Strict cookie for the browser
 * and returned in the body for scripts, which send it as `Authorization: Bearer`.
 */
import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { LoginSchema, SESSION_COOKIE } from '../../shared/api/auth.js'
import type { AuditLog } from '../audit/auditLog.js'
import { publicUser, type AccountService } from '../auth/accounts.js'
import { SESSION_IDLE_MS, type SessionService } from '../auth/sessions.js'
import { readBody, requireUser, type AppEnv } from './context.js'

export function authRoutes(
  accounts: AccountService,
  sessions: SessionService,
  audit: AuditLog,
  disconnect: (userId: string) => void,
): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const { email, password } = await readBody(c, LoginSchema)
      const user = await accounts.signIn(email, password, c.get('clientIp'))
      const token = await sessions.create(user.id)
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: Math.floor(SESSION_IDLE_MS / 1000),
      })
      c.header('Cache-Control', 'no-store')
      return c.json({ token, user: publicUser(user) })
    })
    .post('/logout', async (c) => {
      const user = c.get('user')
      const token = c.get('sessionToken')
      if (token) await sessions.revoke(token)
      if (user) {
        disconnect(user.id)
        await audit.record({ action: 'logout', actorId: user.id, actorEmail: user.email, ip: c.get('clientIp') })
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.body(null, 204)
    })
    .get('/me', (c) => c.json({ user: requireUser(c) }))
}
