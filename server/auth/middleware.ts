/**
 * @module
 * Request middleware for access: who is asking (session cookie or bearer token), and whether a
 * state-changing request comes from this site (the Origin check that, with SameSite=Strict cookies,
 * stops cross-site request forgery).
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { SESSION_COOKIE } from '../../shared/api/auth.js'
import { AppError } from '../errors.js'
import type { AppEnv } from '../http/context.js'
import { publicUser, type AccountService } from './accounts.js'
import type { SessionService } from './sessions.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export interface Credentials {
  token: string | null
  viaCookie: boolean
}

/** A bearer token wins over the cookie; the `token` query parameter is for WebSocket clients only. */
export function readCredentials(headers: { authorization?: string | null; cookie?: string | null }, cookieToken: string | undefined): Credentials {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')
  if (bearer) return { token: bearer[1], viaCookie: false }
  return cookieToken ? { token: cookieToken, viaCookie: true } : { token: null, viaCookie: false }
}

/** True when the Origin header names the host the request was sent to. */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host
  } catch {
    return false
  }
}

function clientIp(c: Context<AppEnv>): string | null {
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null
  }
}

export function sessionMiddleware(accounts: AccountService, sessions: SessionService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('clientIp', clientIp(c))
    const credentials = readCredentials({ authorization: c.req.header('authorization') }, getCookie(c, SESSION_COOKIE))
    c.set('user', null)
    c.set('sessionToken', null)
    if (credentials.token) {
      const session = await sessions.resolve(credentials.token)
      const user = session ? accounts.findById(session.userId) : undefined
      if (user) {
        c.set('user', publicUser(user))
        c.set('sessionToken', credentials.token)
      }
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin')
      if (origin ? !isSameOrigin(origin, c.req.header('host')) : credentials.viaCookie) {
        throw new AppError('origin_not_allowed', 403, 'This request did not come from Overview Studio.')
      }
    }
    await next()
  }
}
