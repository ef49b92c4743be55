/**
 * @module
 * `GET /api/reviews/:id/exports/report-with-comments.html`: the confidential report with the panel's
 * comments, for the author and the panel only, recorded in the audit log before it leaves.
 */
import { Hono } from 'hono'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { readThreads } from '../../shared/comments/threads.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { AccountService } from '../auth/accounts.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import { documentToJson } from '../export/documentJson.js'
import { renderReportWithComments } from '../export/reportWithComments.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { readParam, requireUser, type AppEnv } from './context.js'

export const REPORT_WITH_COMMENTS_FILE = 'report-with-comments.html'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function commentExportRoutes(reviews: ReviewService, registry: DocumentRegistry, accounts: AccountService, audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>().get(`/:id/exports/${REPORT_WITH_COMMENTS_FILE}`, async (c) => {
    const user = requireUser(c)
    const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
    const { review } = reviews.require(user, id, 'comments.export')
    const documentName = reviewDocumentName({ reviewId: id, kind: 'report' })
    const { content, threads } = await registry.read(documentName, (document) => ({ content: documentToJson(document.doc), threads: readThreads(document.doc) }))
    await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { export: REPORT_WITH_COMMENTS_FILE } })
    const names = (userId: string) => accounts.findById(userId)?.name ?? 'a former member'
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    c.header('Content-Disposition', `attachment; filename="${REPORT_WITH_COMMENTS_FILE}"`)
    return c.html(renderReportWithComments(content, { title: `Overview report with comments: ${review.title}`, threads, names, agencies: review.agencies }))
  })
}
