/**
 * @module
 * The public outputs of a review: the executive summary in the app and as files
 * (`/exports/executive-summary.html`, `.md`, `.docx`, `.pdf`), each checked in its final form and
 * refused with 409 `leak_check_failed` while the leak check finds anything, and the author's
 * acceptance of a finding as a false positive.
 */
import { Hono } from 'hono'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import type { LeakCheckDetails, SummaryView } from '../../shared/api/summary.js'
import { AcceptFindingSchema } from '../../shared/redaction/acceptedFindings.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { AccountService } from '../auth/accounts.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import { visibleFindings } from '../export/findingVisibility.js'
import { readPublicSummary } from '../export/publicSummary.js'
import { renderCheckedSummary, SUMMARY_FORMATS, summaryFormatOf } from '../export/summaryExport.js'
import { renderReportBody } from '../export/reportHtml.js'
import { memberNamesOf } from '../reviews/memberNames.js'
import type { ReviewAccess, ReviewService } from '../reviews/reviewService.js'
import { readBody, readParam, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')
const forbidden = () => new AppError('forbidden', 403, 'Your role in this review does not allow this.')

export function exportRoutes(reviews: ReviewService, registry: DocumentRegistry, accounts: AccountService, audit: AuditLog): Hono<AppEnv> {
  const sourceFor = (access: ReviewAccess) => {
    // The server reads the report for people who may not (comms leads): only its public form leaves.
    const documentName = reviewDocumentName({ reviewId: access.review.id, kind: 'report' })
    return readPublicSummary(registry, { documentName, memberNames: memberNamesOf(access.review, accounts), accepted: access.review.acceptedFindings, agencies: access.review.agencies })
  }

  return new Hono<AppEnv>()
    .get('/:id/summary', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      const access = reviews.access(user, id)
      if (!access.capabilities.includes('export.public') && !access.capabilities.includes('report.read')) throw forbidden()
      const source = await sourceFor(access)
      const { findings } = await renderCheckedSummary(source, 'html')
      const mayReadReport = access.capabilities.includes('report.read')
      return c.json({
        title: source.summary.title,
        sections: source.summary.sections.map(({ sectionId, title, kind, audience }) => ({ sectionId, title, kind, audience })),
        warnings: source.summary.warnings,
        findingCount: findings.length,
        findings: mayReadReport ? findings : null,
        html: findings.length === 0 ? renderReportBody(source.summary.doc) : null,
      } satisfies SummaryView)
    })
    .get('/:id/exports/:file', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      const format = summaryFormatOf(c.req.param('file'))
      if (!format) throw new AppError('not_found', 404, `There is no export called ${c.req.param('file').slice(0, 80)}.`)
      const access = reviews.require(user, id, 'export.public')
      const { body, findings } = await renderCheckedSummary(await sourceFor(access), format)
      const file = SUMMARY_FORMATS[format].file
      if (findings.length > 0) {
        await audit.record({ action: 'export.refused', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { export: file, findings: findings.length } })
        const details: LeakCheckDetails = { findingCount: findings.length, findings: visibleFindings(findings, access) }
        throw new AppError('leak_check_failed', 409, `The leak check found ${findings.length} thing(s) in the ${file} that could identify someone. Redact them, or ask the author to accept them as not identifying.`, details)
      }
      await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { export: file } })
      c.header('Content-Type', SUMMARY_FORMATS[format].contentType)
      c.header('Content-Disposition', `attachment; filename="${file}"`)
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      return c.body(body)
    })
    .post('/:id/exports/accepted-findings', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      reviews.require(user, id, 'leakcheck.accept')
      const finding = await readBody(c, AcceptFindingSchema)
      await reviews.acceptFinding(id, { ...finding, acceptedBy: user.id, acceptedAt: new Date().toISOString() })
      await audit.record({ action: 'leakcheck.finding_accepted', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { text: finding.text, reason: finding.reason } })
      return c.json({ accepted: finding }, 201)
    })
}
