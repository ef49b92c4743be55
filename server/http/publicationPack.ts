/**
 * @module
 * The board's response as a Word file (`/exports/board-response.docx`), the publication pack
 * (`/exports/publication-pack.zip`) and its readiness (`/publication-pack`: each file's findings and
 * warnings, before anyone downloads it), for those who may download public outputs. Each file is checked
 * in its final form; a finding refuses the download with 409 `leak_check_failed`, naming the part it
 * is in (the finding's text and place only for those who may read the report). Registered before the
 * summary's exports, whose `/exports/:file` answers 404 for any file not theirs.
 */
import { Hono, type Context } from 'hono'
import type { Action } from '../../shared/actionPlan/action.js'
import { boardDay } from '../../shared/actionPlan/boardDay.js'
import type { PublicationPackRefusal } from '../../shared/api/publication.js'
import { PUBLICATION_PACK_FILE, type PublicationPackCheck } from '../../shared/api/publicationPack.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { AccountService } from '../auth/accounts.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import { visibleFindings } from '../export/findingVisibility.js'
import { readPublicSummary, type SummaryContext } from '../export/publicSummary.js'
import { renderCheckedBoardResponse } from '../publication/boardResponseDocument.js'
import { PUBLICATION_PACK_PARTS, type PackContext, type PackPartFactory } from '../publication/packParts.js'
import { checkPublicationPack } from '../publication/packReadiness.js'
import { buildPublicationPack, type PackFailure } from '../publication/publicationPack.js'
import { memberNamesOf } from '../reviews/memberNames.js'
import type { ReviewAccess, ReviewService } from '../reviews/reviewService.js'
import { readParam, requireUser, type AppEnv } from './context.js'

const BOARD_RESPONSE_DOWNLOAD = 'board-response.docx'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export interface PublicationPackDependencies {
  reviews: ReviewService
  registry: DocumentRegistry
  accounts: AccountService
  audit: AuditLog
  /** The review's actions, from the action plan. */
  actionsOf(reviewId: string): readonly Action[]
  parts?: readonly PackPartFactory[]
}

export function publicationPackRoutes({ reviews, registry, accounts, audit, actionsOf, parts = PUBLICATION_PACK_PARTS }: PublicationPackDependencies): Hono<AppEnv> {
  const contextFor = async (access: ReviewAccess): Promise<PackContext> => {
    const { review } = access
    // The server reads the report for people who may not (comms leads): only its public form leaves.
    const memberNames = memberNamesOf(review, accounts)
    const summaryContext: SummaryContext = { documentName: reviewDocumentName({ reviewId: review.id, kind: 'report' }), memberNames, accepted: review.acceptedFindings, agencies: review.agencies }
    return { review, registry, summaryContext, source: await readPublicSummary(registry, summaryContext), actions: actionsOf(review.id), today: boardDay() }
  }

  const refuse = async (c: Context<AppEnv>, access: ReviewAccess, file: string, failures: PackFailure[]): Promise<never> => {
    const user = requireUser(c)
    const findings = failures.flatMap((failure) => failure.findings.map((finding) => ({ ...finding, part: `${failure.file}: ${finding.part}` })))
    const files = failures.map((failure) => failure.file)
    await audit.record({ action: 'export.refused', actorId: user.id, actorEmail: user.email, reviewId: access.review.id, ip: c.get('clientIp'), details: { export: file, findings: findings.length, parts: files } })
    const details: PublicationPackRefusal = { findingCount: findings.length, findings: visibleFindings(findings, access), parts: failures.map((failure) => ({ file: failure.file, findingCount: failure.findings.length })) }
    throw new AppError('leak_check_failed', 409, `The leak check found ${findings.length} thing(s) that could identify someone in ${files.join(', ')}, so the ${file} was not made. Redact them, or ask the author to accept them as not identifying.`, details)
  }

  const send = async (c: Context<AppEnv>, access: ReviewAccess, file: string, contentType: string, body: Uint8Array<ArrayBuffer>, details: Record<string, unknown> = {}) => {
    const user = requireUser(c)
    await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId: access.review.id, ip: c.get('clientIp'), details: { export: file, ...details } })
    c.header('Content-Type', contentType)
    c.header('Content-Disposition', `attachment; filename="${file}"`)
    c.header('Content-Security-Policy', "default-src 'none'")
    return c.body(body)
  }

  return new Hono<AppEnv>()
    .get('/:id/publication-pack', async (c) => {
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      const access = reviews.require(requireUser(c), id, 'export.public')
      const context = await contextFor(access)
      const checked = await checkPublicationPack(parts.map((part) => part(context)))
      const files = checked.map(({ file, title, source, findings, warnings }) => ({ file, title, source, findingCount: findings.length, findings: visibleFindings(findings, access), warnings }))
      return c.json({ ready: files.every((file) => file.findingCount === 0), complete: files.every((file) => file.warnings.length === 0), files } satisfies PublicationPackCheck)
    })
    .get(`/:id/exports/${BOARD_RESPONSE_DOWNLOAD}`, async (c) => {
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      const access = reviews.require(requireUser(c), id, 'export.public')
      const { review, source, actions, today } = await contextFor(access)
      const { body, findings } = await renderCheckedBoardResponse({ source, response: review.boardResponse, actions, agencies: review.agencies, today })
      if (findings.length > 0) return refuse(c, access, BOARD_RESPONSE_DOWNLOAD, [{ file: BOARD_RESPONSE_DOWNLOAD, findings }])
      if (typeof body === 'string') throw new AppError('internal', 500, 'The Word file could not be made. Try again.')
      return send(c, access, BOARD_RESPONSE_DOWNLOAD, DOCX, body)
    })
    .get(`/:id/exports/${PUBLICATION_PACK_FILE}`, async (c) => {
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      const access = reviews.require(requireUser(c), id, 'export.public')
      const context = await contextFor(access)
      const pack = await buildPublicationPack(parts.map((part) => part(context)))
      if (!pack.ok) return refuse(c, access, PUBLICATION_PACK_FILE, pack.failures)
      return send(c, access, PUBLICATION_PACK_FILE, 'application/zip', pack.zip, { files: pack.files })
    })
}
