/**
 * @module
 * One public export of the executive summary: rendered in its format, then checked in its final form
 * (the text a reader sees, and the names anywhere in the file) before anyone may have it. A finding
 * refuses the export whole.
 */
import { placeFindings, scanText, type LeakFinding, type LeakScanner } from '../../shared/redaction/leakCheck.js'
import type { PublicSummarySource } from './publicSummary.js'
import { htmlToText, renderSummaryHtml } from './summaryHtml.js'
import { markdownToText, renderSummaryMarkdown } from './summaryMarkdown.js'

export const SUMMARY_FORMATS = {
  html: { file: 'executive-summary.html', contentType: 'text/html; charset=utf-8' },
  md: { file: 'executive-summary.md', contentType: 'text/markdown; charset=utf-8' },
} as const
export type SummaryFormat = keyof typeof SUMMARY_FORMATS

export function summaryFormatOf(fileName: string): SummaryFormat | null {
  for (const [format, { file }] of Object.entries(SUMMARY_FORMATS)) if (file === fileName) return format as SummaryFormat
  return null
}

export interface CheckedExport {
  body: string
  findings: LeakFinding[]
}

/** Names alone (no identifier patterns), for markup and metadata, where numbers are not prose. */
const namesOnly = (scanner: LeakScanner): LeakScanner => ({ ...scanner, identifiers: false })

function unique(findings: LeakFinding[]): LeakFinding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.part}\u0000${finding.label}\u0000${finding.text.toLocaleLowerCase('en-GB')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function publisherOf(source: PublicSummarySource): string {
  return source.roles.boardName || 'Local Safeguarding Children Board'
}

export function renderCheckedSummary(source: PublicSummarySource, format: SummaryFormat): CheckedExport {
  const { summary, scanner } = source
  let body: string
  let findings: LeakFinding[]
  if (format === 'html') {
    body = renderSummaryHtml(summary.doc, { title: summary.title, publisher: publisherOf(source) })
    findings = [...scanText(htmlToText(body), 'text', scanner), ...scanText(body, 'markup', namesOnly(scanner))]
  } else {
    body = renderSummaryMarkdown(summary.doc, summary.title)
    findings = [...scanText(body, 'text', scanner), ...scanText(markdownToText(body), 'text', scanner)]
  }
  return { body, findings: placeFindings(unique(findings), source.report) }
}
