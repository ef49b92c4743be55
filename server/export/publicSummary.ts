/**
 * @module
 * Everything a public output of a review is made from, read from the report's Y.Doc in one go: the
 * report as a schema node, the register, the public roles and the composed executive summary; and the
 * scanner its leak check uses (register names, the names of entries that fail the schema, the review
 * members' names, the findings the author accepted, and the text of the comments).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { AcceptedFinding } from '../../shared/redaction/acceptedFindings.js'
import { commentTexts, readThreads } from '../../shared/comments/threads.js'
import { commentPassages, type LeakScanner } from '../../shared/redaction/leakCheck.js'
import type { PublicRoles } from '../../shared/redaction/register.js'
import type { AddresseeAgency } from '../../shared/recommendations/addressees.js'
import { readPublicRoles, readRegister, registerMatcherOf, type ReadRegister } from '../../shared/redaction/registerDoc.js'
import { getReportSchema } from '../../shared/schema/index.js'
import { composeExecutiveSummary, type ExecutiveSummary } from '../../shared/summary/executiveSummary.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { memberNameMatcher } from '../reviews/memberNames.js'
import { documentToJson } from './documentJson.js'

export interface PublicSummarySource {
  report: ProseMirrorNode
  register: ReadRegister
  roles: PublicRoles
  summary: ExecutiveSummary
  scanner: LeakScanner
}


export interface SummaryContext {
  documentName: string
  /** The names of the review's members, which no public output may carry. */
  memberNames: readonly string[]
  accepted: readonly AcceptedFinding[]
  /** The review's agencies, to name those a recommendation is addressed to. */
  agencies?: readonly AddresseeAgency[]
}

export async function readPublicSummary(registry: DocumentRegistry, { documentName, memberNames, accepted, agencies = [] }: SummaryContext): Promise<PublicSummarySource> {
  const read = await registry.read(documentName, (document) => ({
    json: documentToJson(document.doc),
    register: readRegister(document.doc),
    roles: readPublicRoles(document.doc),
    comments: commentTexts(readThreads(document.doc)),
  }))
  const report = getReportSchema().nodeFromJSON(read.json)
  const summary = composeExecutiveSummary(report, read.register.entities, read.roles, agencies)
  return { report, register: read.register, roles: read.roles, summary, scanner: { matcher: registerMatcherOf(read.register), memberNames: memberNameMatcher(memberNames), accepted, comments: commentPassages(read.comments) } }
}
