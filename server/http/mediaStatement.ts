/**
 * @module
 * The media statement's routes: its register view for the editor (`/media-statement/register`, see
 * server/mediaStatement/registerView.ts for what it gives and withholds), its public preview with the
 * leak check's result and the gaps still to fill (`/media-statement`), and its files
 * (`/exports/media-statement.html`, `.md`, `.docx`), refused with 409 `leak_check_failed` while the
 * leak check finds anything. A finding's text goes to those who may read the report, and to others
 * only where it is in the statement they can read anyway. Registered before the summary's exports,
 * whose `/exports/:file` answers 404 for any file not theirs.
 */
import { Hono, type Context } from 'hono'
import type { MediaStatementView } from '../../shared/api/mediaStatement.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import type { LeakCheckDetails } from '../../shared/api/summary.js'
import { unfilledGapsWarning } from '../../shared/mediaStatement/unfilledGaps.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { AccountService } from '../auth/accounts.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import { visibleFindings } from '../export/findingVisibility.js'
import { renderReportBody } from '../export/reportHtml.js'
import { MEDIA_STATEMENT_FORMATS, readMediaStatementSource, renderCheckedMediaStatement, type MediaStatementFormat, type MediaStatementSource } from '../mediaStatement/mediaStatementExport.js'
import { readMediaStatementRegister } from '../mediaStatement/registerView.js'
import { memberNamesOf } from '../reviews/memberNames.js'
import type { ReviewAccess, ReviewService } from '../reviews/reviewService.js'
import { readParam, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')
const forbidden = () => new AppError('forbidden', 403, 'Your role in this review does not allow this.')

/** Whether a finding's text is in the statement as written, which everyone with the statement reads. */
function inStatement({ statement }: MediaStatementSource): (text: string) => boolean {
  let statementText: string | undefined
  return (text) => (statementText ??= statement.textBetween(0, statement.content.size, '\n', ' ').toLocaleLowerCase('en-GB')).includes(text.toLocaleLowerCase('en-GB'))
}

export function mediaStatementRoutes(reviews: ReviewService, registry: DocumentRegistry, accounts: AccountService, audit: AuditLog): Hono<AppEnv> {
  const sourceFor = (access: ReviewAccess) =>
    readMediaStatementSource(registry, { reviewId: access.review.id, memberNames: memberNamesOf(access.review, accounts), accepted: access.review.acceptedFindings })

  const exportRoute = (format: MediaStatementFormat) => async (c: Context<AppEnv>) => {
    const user = requireUser(c)
    const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
    const access = reviews.access(user, id)
    if (!access.capabilities.includes('export.public') && !access.capabilities.includes('media.edit')) throw forbidden()
    const source = await sourceFor(access)
    const { body, findings } = await renderCheckedMediaStatement(source, format)
    const { file, contentType } = MEDIA_STATEMENT_FORMATS[format]
    if (findings.length > 0) {
      await audit.record({ action: 'export.refused', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { export: file, findings: findings.length } })
      const details: LeakCheckDetails = { findingCount: findings.length, findings: visibleFindings(findings, access, inStatement(source)) }
      throw new AppError('leak_check_failed', 409, `The leak check found ${findings.length} thing(s) in the ${file} that could identify someone. Redact them, or ask the author to accept them as not identifying.`, details)
    }
    await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { export: file } })
    c.header('Content-Type', contentType)
    c.header('Content-Disposition', `attachment; filename="${file}"`)
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    return c.body(body)
  }

  return new Hono<AppEnv>()
    .get('/:id/media-statement/register', async (c) => {
      const access = reviews.require(requireUser(c), readParam(c.req.param('id'), ReviewIdSchema, notFound), 'media.read')
      return c.json(await readMediaStatementRegister(registry, { reviewId: access.review.id, memberNames: memberNamesOf(access.review, accounts) }))
    })
    .get('/:id/media-statement', async (c) => {
      const access = reviews.require(requireUser(c), readParam(c.req.param('id'), ReviewIdSchema, notFound), 'media.read')
      const source = await sourceFor(access)
      const { findings } = await renderCheckedMediaStatement(source, 'html')
      const gaps = unfilledGapsWarning(source.gaps)
      return c.json({
        title: source.document.title,
        warnings: gaps ? [gaps] : [],
        findingCount: findings.length,
        findings: visibleFindings(findings, access, inStatement(source)),
        html: findings.length === 0 ? renderReportBody(source.document.doc) : null,
      } satisfies MediaStatementView)
    })
    .get(`/:id/exports/${MEDIA_STATEMENT_FORMATS.docx.file}`, exportRoute('docx'))
    .get(`/:id/exports/${MEDIA_STATEMENT_FORMATS.md.file}`, exportRoute('md'))
    .get(`/:id/exports/${MEDIA_STATEMENT_FORMATS.html.file}`, exportRoute('html'))
}
