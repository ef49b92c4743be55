/**
 * @module
 * A public summary's source built straight from a report's schema JSON, without a server: what the
 * export tests render and leak-check. Also small builders of schema JSON for those tests.
 */
import type { JSONContent } from '@tiptap/core'
import type { PublicRoles, RegisterEntity } from '../../shared/redaction/register.js'
import { RegisterMatcher } from '../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../shared/schema/index.js'
import { composeExecutiveSummary } from '../../shared/summary/executiveSummary.js'
import type { PublicSummarySource } from '../../server/export/publicSummary.js'
import type { SummaryBody } from '../../server/export/summaryExport.js'

export function summarySourceOf(reportJson: JSONContent, register: RegisterEntity[], roles: PublicRoles): PublicSummarySource {
  const report = getReportSchema().nodeFromJSON(reportJson)
  return {
    report,
    register: { entities: register, invalid: [] },
    roles,
    summary: composeExecutiveSummary(report, register, roles),
    scanner: { matcher: new RegisterMatcher(register), memberNames: new RegisterMatcher([]), accepted: [] },
  }
}

export const textNode = (value: string, ...marks: string[]): JSONContent => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}) })
export const paragraphNode = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })

/** The bytes of a Word or PDF export, which is never text. */
export function bytesOf(body: SummaryBody): Uint8Array {
  if (typeof body === 'string') throw new Error('This export is bytes, not text.')
  return body
}
