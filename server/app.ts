/**
 * @module
 * Builds the Hono app: the JSON API under /api and the web client. Tests import this; `server.ts`
 * puts it on a port with the collaboration endpoint.
 */
import { Hono } from 'hono'
import type { AuditLog } from './audit/auditLog.js'
import type { AccountService } from './auth/accounts.js'
import { sessionMiddleware } from './auth/middleware.js'
import type { SessionService } from './auth/sessions.js'
import type { DocumentRegistry } from './collab/registry.js'
import { AppError, handleError, notFound } from './errors.js'
import { auditRoutes, reviewAuditRoutes } from './http/audit.js'
import { authRoutes } from './http/auth.js'
import { clientRoutes } from './http/client.js'
import type { AppEnv } from './http/context.js'
import { jsonBodyLimit } from './http/jsonBody.js'
import { healthRoutes, type HealthFigures } from './http/health.js'
import { actionPlanRoutes } from './http/actionPlan.js'
import { exportRoutes } from './http/exports.js'
import { boardResponseRoutes } from './http/boardResponse.js'
import { publicationRoutes } from './http/publication.js'
import { publicationPackRoutes } from './http/publicationPack.js'
import type { BoardResponseService } from './boardResponse/boardResponseService.js'
import type { PublicationService } from './publication/publicationService.js'
import { mediaStatementRoutes } from './http/mediaStatement.js'
import { commentExportRoutes } from './http/commentExports.js'
import { notificationRoutes } from './http/notifications.js'
import { imrRoutes, isChronologyImport } from './http/imrs.js'
import { imrAnalysisRoutes } from './http/imrAnalysis.js'
import { memberRoutes } from './http/members.js'
import { reviewRoutes } from './http/reviews.js'
import { userRoutes } from './http/users.js'
import type { ImrService } from './imr/imrService.js'
import type { ActionPlanService } from './actionPlan/actionPlanService.js'
import type { NotificationService } from './comments/notificationService.js'
import type { MemberService } from './reviews/memberService.js'
import type { ReviewService } from './reviews/reviewService.js'

export interface AppServices {
  accounts: AccountService
  sessions: SessionService
  reviews: ReviewService
  members: MemberService
  imrs: ImrService
  boardResponses: BoardResponseService
  publications: PublicationService
  actionPlans: ActionPlanService
  audit: AuditLog
  notifications: NotificationService
  registry: DocumentRegistry
  health: HealthFigures
  clientDir: string
  /** Closes a person's collaboration sockets (all, or one review's) when their access ends. */
  disconnect(userId: string, reviewId?: string): void
}

export function createApp(services: AppServices): Hono<AppEnv> {
  const api = new Hono<AppEnv>()
  api.route('/health', healthRoutes(services.health))
  const jsonLimit = jsonBodyLimit()
  // A chronology import's body is the file itself, read up to a limit of its own.
  api.use('*', (c, next) => (isChronologyImport(c.req.method, c.req.path) ? next() : jsonLimit(c, next)))
  api.use('*', sessionMiddleware(services.accounts, services.sessions))
  api.use('*', async (c, next) => {
    await next()
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store')
  })
  api.route('/auth', authRoutes(services.accounts, services.sessions, services.audit, services.disconnect))
  api.route('/users', userRoutes(services.accounts, services.audit))
  api.route('/audit', auditRoutes(services.audit))
  api.route('/reviews', reviewRoutes(services.reviews, services.registry, services.audit))
  api.route('/reviews', memberRoutes(services.reviews, services.members, services.disconnect))
  api.route('/reviews', reviewAuditRoutes(services.reviews, services.audit))
  api.route('/notifications', notificationRoutes(services.notifications))
  // Before the public exports, whose `/exports/:file` answers 404 for any file not theirs.
  api.route('/reviews', commentExportRoutes(services.reviews, services.registry, services.accounts, services.audit))
  api.route('/reviews', mediaStatementRoutes(services.reviews, services.registry, services.accounts, services.audit))
  api.route('/reviews', boardResponseRoutes(services.reviews, services.boardResponses, services.audit))
  api.route('/reviews', publicationRoutes(services.reviews, services.publications, services.audit))
  api.route('/reviews', publicationPackRoutes({ ...services, actionsOf: (reviewId) => services.actionPlans.list(reviewId) }))
  api.route('/reviews', exportRoutes(services.reviews, services.registry, services.accounts, services.audit))
  api.route('/reviews', imrRoutes(services.imrs, services.audit, services.disconnect))
  api.route('/reviews', imrAnalysisRoutes(services.reviews, services.registry))
  api.route('/reviews', actionPlanRoutes(services.actionPlans, services.audit))
  api.notFound(notFound)

  const app = new Hono<AppEnv>()
  app.onError(handleError)
  app.notFound(notFound)
  app.use('*', async (c, next) => {
    await next()
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('X-Frame-Options', 'DENY')
    c.header('Referrer-Policy', 'no-referrer')
  })
  app.route('/api', api)
  app.all('/api/*', notFound)
  app.all('/collab/*', () => {
    throw new AppError('upgrade_required', 426, 'The collaboration endpoint speaks WebSocket only.')
  })
  app.route('/', clientRoutes(services.clientDir))
  return app
}
