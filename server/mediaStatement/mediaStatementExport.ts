/**
 * @module
 * The media statement in public: every redaction as its pseudonym (or neutral words), rendered with
 * the executive summary's renderers and checked in its final form by the same fail-closed leak check
 * (the register's names and aliases, the members' names, UK identifiers, the report's comments, the
 * author's accepted findings). The publication pack calls `readMediaStatementSource` once, then
 * `renderCheckedMediaStatement(source, 'docx')`, and refuses itself whole on any finding.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { commentTexts, readThreads } from '../../shared/comments/threads.js'
import { withoutComments } from '../../shared/comments/withoutComments.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { withoutExcerptSources } from '../../shared/excerpts/publicExcerpt.js'
import { findUnfilledGaps, type UnfilledGap } from '../../shared/mediaStatement/unfilledGaps.js'
import type { AcceptedFinding } from '../../shared/redaction/acceptedFindings.js'
import { commentPassages } from '../../shared/redaction/leakCheck.js'
import { pseudonymLookup, toPublicNode } from '../../shared/redaction/publicText.js'
import { readPublicRoles, readRegister, registerMatcherOf, type ReadRegister } from '../../shared/redaction/registerDoc.js'
import { getReportSchema } from '../../shared/schema/index.js'
import { childPseudonym } from '../../shared/summary/executiveSummary.js'
import type { DocumentRegistry } from '../collab/registry.js'
import type { PublicSummarySource } from '../export/publicSummary.js'
import { documentToJson } from '../export/documentJson.js'
import { publisherOf, renderCheckedDocument, type CheckedExport, type PublicDocument } from '../export/summaryExport.js'
import { memberNameMatcher } from '../reviews/memberNames.js'

export const MEDIA_STATEMENT_FORMATS = {
  html: { file: 'media-statement.html', contentType: 'text/html; charset=utf-8' },
  md: { file: 'media-statement.md', contentType: 'text/markdown; charset=utf-8' },
  docx: { file: 'media-statement.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} as const
export type MediaStatementFormat = keyof typeof MEDIA_STATEMENT_FORMATS

export interface MediaStatementContext {
  reviewId: string
  /** The names of the review's members, which no public output may carry. */
  memberNames: readonly string[]
  accepted: readonly AcceptedFinding[]
}

export interface MediaStatementSource {
  /** The statement as written, redaction marks and all (confidential: never sent to a comms lead as is). */
  statement: ProseMirrorNode
  register: ReadRegister
  /** The public statement, ready to render and check; findings are placed in `statement`. */
  document: PublicDocument
  /** Gaps in square brackets still to fill: warnings, not refusals. */
  gaps: UnfilledGap[]
}

/** What the statement takes from the report: the register, the public roles, and the leak check's scanner. */
export type ReportPublicParts = Pick<PublicSummarySource, 'register' | 'roles' | 'scanner'>

async function readReportPublicParts(registry: DocumentRegistry, { reviewId, memberNames, accepted }: MediaStatementContext): Promise<ReportPublicParts> {
  const report = await registry.read(reviewDocumentName({ reviewId, kind: 'report' }), (document) => ({
    register: readRegister(document.doc),
    roles: readPublicRoles(document.doc),
    comments: commentTexts(readThreads(document.doc)),
  }))
  const scanner = { matcher: registerMatcherOf(report.register), memberNames: memberNameMatcher(memberNames), accepted, comments: commentPassages(report.comments) }
  return { register: report.register, roles: report.roles, scanner }
}

/**
 * `report`: what a caller has already read from the report for the same request (the publication pack's
 * summary source), so the report is not read again; read here when not given.
 */
export async function readMediaStatementSource(registry: DocumentRegistry, context: MediaStatementContext, report?: ReportPublicParts): Promise<MediaStatementSource> {
  const json = await registry.read(reviewDocumentName({ reviewId: context.reviewId, kind: 'media-statement' }), (document) => documentToJson(document.doc))
  const { register, roles, scanner } = report ?? (await readReportPublicParts(registry, context))
  const statement = getReportSchema().nodeFromJSON(json)
  const publicDoc = withoutComments(withoutExcerptSources(toPublicNode(statement, pseudonymLookup(register.entities))))
  const document: PublicDocument = {
    title: `Media statement: ${childPseudonym(register.entities)}`,
    publisher: publisherOf({ roles }),
    doc: publicDoc.content?.length ? publicDoc : { type: 'doc', content: [{ type: 'paragraph' }] },
    placeIn: statement,
    scanner,
  }
  return { statement, register, document, gaps: findUnfilledGaps(statement) }
}

/** The statement as a file in `format`, with what the leak check found in that file (nothing: it may be published). */
export function renderCheckedMediaStatement(source: MediaStatementSource, format: MediaStatementFormat): Promise<CheckedExport> {
  return renderCheckedDocument(source.document, format)
}
