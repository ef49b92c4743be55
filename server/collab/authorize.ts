/**
 * @module
 * Who may open which collaborative document: the session (cookie, or the `token` query parameter for
 * clients that cannot set headers), the Origin of browser upgrades, and the person's access to the
 * document from the shared capability table. Runs before the WebSocket handshake.
 */
import { SESSION_COOKIE } from '../../shared/api/auth.js'
import { publicUser, type AccountService } from '../auth/accounts.js'
import { isSameOrigin, readCredentials } from '../auth/middleware.js'
import type { SessionService } from '../auth/sessions.js'
import { AppError } from '../errors.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { AuthorizeCollab } from './collabServer.js'

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}

export function authorizeCollab(accounts: AccountService, sessions: SessionService, reviews: ReviewService): AuthorizeCollab {
  return async ({ documentName, request, url }) => {
    const origin = request.headers.origin
    if (origin !== undefined && !isSameOrigin(origin, request.headers.host)) {
      throw new AppError('origin_not_allowed', 403, 'This connection did not come from Overview Studio.')
    }
    const fromHeaders = readCredentials({ authorization: request.headers.authorization }, cookieValue(request.headers.cookie, SESSION_COOKIE))
    const token = fromHeaders.token ?? url.searchParams.get('token')
    const session = token ? await sessions.resolve(token) : null
    const account = session ? accounts.findById(session.userId) : undefined
    if (!token || !account) throw new AppError('unauthenticated', 401, 'Sign in to open this document.')
    const user = publicUser(account)
    const { level } = reviews.documentAccessFor(user, documentName)
    if (level === 'none') throw new AppError('forbidden', 403, 'Your role in this review does not allow you to open this document.')
    return {
      readOnly: level === 'read',
      userId: account.id,
      revalidate: (active) => {
        if (!sessions.isLive(token) || !accounts.findById(account.id)) return false
        // Editing through the socket is using the session, as page loads are.
        if (active) void sessions.resolve(token)
        try {
          return reviews.documentAccessFor(user, documentName).level === level
        } catch {
          return false
        }
      },
    }
  }
}
