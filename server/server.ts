/**
 * @module
 * Starts the whole product on one port: the HTTP app and the collaboration endpoint, over the
 * embedded stores in the data folder. Returns a handle whose `close` saves everything first.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAdaptorServer } from '@hono/node-server'
import type { Hono } from 'hono'
import { CloseCode } from '../shared/collab/closeCodes.js'
import { createApp } from './app.js'
import { AuditLog } from './audit/auditLog.js'
import { AccountService } from './auth/accounts.js'
import { SessionService } from './auth/sessions.js'
import { authorizeCollab } from './collab/authorize.js'
import { CollabServer } from './collab/collabServer.js'
import { redactionAudit } from './collab/redactionAudit.js'
import { commentGuard } from './collab/commentGuard.js'
import { NotificationService } from './comments/notificationService.js'
import { NotificationStore } from './storage/notificationStore.js'
import { paragraphIds } from './collab/paragraphIds.js'
import { mediaStatementTemplate } from './mediaStatement/statementTemplate.js'
import { log } from './log.js'
import { DEFAULT_COLLAB_OPTIONS, type CollabOptions } from './collab/options.js'
import type { AppEnv } from './http/context.js'
import { openDatabase } from './storage/database.js'
import { FileImrStore } from './storage/fileImrStore.js'
import { FileActionPlanStore } from './storage/fileActionPlanStore.js'
import { ActionPlanService } from './actionPlan/actionPlanService.js'
import { seedDemoActions } from './reviews/demoActions.js'
import type { DocumentStore } from './storage/documentStore.js'
import { FileDocumentStore } from './storage/fileDocumentStore.js'
import { MonitoredDocumentStore } from './storage/monitoredDocumentStore.js'
import { StorageHealth } from './storage/storageHealth.js'
import { seedFirstStart } from './reviews/demo.js'
import { ImrService } from './imr/imrService.js'
import { BoardResponseService } from './boardResponse/boardResponseService.js'
import { PublicationService } from './publication/publicationService.js'
import { MemberService } from './reviews/memberService.js'
import { ReviewService } from './reviews/reviewService.js'

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url))

export interface StartOptions {
  port: number
  host: string
  dataDir: string
  seedDemo: boolean
  adminEmail?: string
  adminPassword?: string | null
  demoPassword?: string | null
  clientDir?: string
  collab?: Partial<CollabOptions>
  /** How long a session lasts without use; 12 hours unless a test shortens it. */
  sessionIdleMs?: number
  /** Where documents are kept: the file store in `dataDir/documents` unless another is given. */
  documentStore?: DocumentStore
}

export interface RunningServer {
  url: string
  port: number
  reviews: ReviewService
  accounts: AccountService
  members: MemberService
  imrs: ImrService
  actionPlans: ActionPlanService
  audit: AuditLog
  notifications: NotificationService
  collab: CollabServer
  /** The HTTP app, so tests can list its routes. */
  app: Hono<AppEnv>
  /** What the first start created (accounts and passwords), to print once; empty afterwards. */
  firstStartLines: string[]
  close(): Promise<void>
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const collabOptions = { ...DEFAULT_COLLAB_OPTIONS, ...options.collab }
  const storageHealth = new StorageHealth()
  const database = await openDatabase(options.dataDir, { health: storageHealth, retry: collabOptions })
  const documentFiles = options.documentStore ?? new FileDocumentStore(join(options.dataDir, 'documents'))
  const store = new MonitoredDocumentStore(documentFiles, storageHealth)
  const audit = new AuditLog(join(options.dataDir, 'audit.log'), { health: storageHealth, retry: collabOptions })
  const accounts = new AccountService(database, audit)
  const sessions = new SessionService(database, options.sessionIdleMs)
  // A new review's documents are written before it exists: if that fails the request gets a 503 and
  // nothing is held in memory to retry, so it is no concern of the storage health.
  const imrStore = await FileImrStore.open(join(options.dataDir, 'imrs'), { health: storageHealth, retry: collabOptions })
  const actionPlanStore = await FileActionPlanStore.open(join(options.dataDir, 'action-plans'), { health: storageHealth, retry: collabOptions })
  const reviews = new ReviewService(database, documentFiles, (reviewId, agencyId) => imrs.isSignedOff(reviewId, agencyId), (reviewId) => actionPlans.overdueSummary(reviewId))
  const imrs = new ImrService(reviews, imrStore, audit)
  const members = new MemberService(database, accounts, audit)
  const firstStartLines = await seedFirstStart(accounts, reviews, members, imrs, {
    adminEmail: options.adminEmail ?? 'admin@example.org',
    adminPassword: options.adminPassword ?? null,
    seedDemo: options.seedDemo,
    demoPassword: options.demoPassword ?? null,
    seedActions: (reviewId, now) => seedDemoActions(actionPlanStore, reviewId, now),
  })

  const auditRedactionRemoval = redactionAudit(({ userId, reviewId, spans }) => {
    const actorEmail = accounts.findById(userId)?.email ?? null
    audit.record({ action: 'redaction.removed', actorId: userId, actorEmail, reviewId, ip: null, details: { spans } }).catch((error: unknown) => log.error('audit', 'could not record a removed redaction', error))
  })
  const notificationStore = await NotificationStore.open(options.dataDir, { health: storageHealth, retry: collabOptions })
  const notifications = new NotificationService(notificationStore, reviews, accounts)
  const guardComments = commentGuard((mentions) => {
    notifications.notifyMentions(mentions).catch((error: unknown) => log.error('comments', 'could not record a mention', error))
  })
  const collab = new CollabServer(store, authorizeCollab(accounts, sessions, reviews), collabOptions, [auditRedactionRemoval, paragraphIds(), guardComments, mediaStatementTemplate()])
  const actionPlans = new ActionPlanService(reviews, actionPlanStore, collab.registry, audit)
  const app = createApp({
    accounts,
    sessions,
    reviews,
    members,
    imrs,
    boardResponses: new BoardResponseService(database, reviews),
    publications: new PublicationService(database, reviews),
    audit,
    notifications,
    actionPlans,
    registry: collab.registry,
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    health: {
      loadedDocuments: () => collab.registry.loadedCount,
      connections: () => collab.connectionCount,
      storage: () => storageHealth.report(),
    },
    disconnect: (userId, reviewId) =>
      reviewId ? collab.disconnect(userId, `review.${reviewId}.`, CloseCode.AccessChanged) : collab.disconnect(userId),
  })

  const server = createAdaptorServer({ fetch: app.fetch }) as Server
  collab.attach(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const displayHost = options.host.includes(':') ? `[${options.host}]` : options.host

  let closing: Promise<void> | null = null
  return {
    url: `http://${displayHost}:${port}`,
    port,
    reviews,
    accounts,
    members,
    imrs,
    actionPlans,
    audit,
    notifications,
    collab,
    app,
    firstStartLines,
    close() {
      closing ??= (async () => {
        await collab.close()
        await store.close()
        database.close()
        imrStore.close()
        actionPlanStore.close()
        notificationStore.close()
        audit.close()
        server.closeAllConnections?.()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      })()
      return closing
    },
  }
}
