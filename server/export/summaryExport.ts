/**
 * @module
 * One public export of the executive summary, or of another public document (the media statement):
 * rendered in its format, then checked in its final form (the text a reader sees, and the names
 * anywhere in the file) before anyone may have it. A Word file or a PDF is read back from its bytes,
 * every part of it; a part that cannot be read refuses the export as a finding does, and no acceptance
 * can wave it through. A finding refuses the export whole.
 */
import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { placeFindings, scanText, type LeakFinding, type LeakScanner } from '../../shared/redaction/leakCheck.js'
import { log } from '../log.js'
import { readDocxParts } from './docxText.js'
import { extractPdfText } from './pdfText.js'
import type { PublicSummarySource } from './publicSummary.js'
import { renderSummaryDocx } from './summaryDocx.js'
import { htmlToText, renderSummaryHtml } from './summaryHtml.js'
import { markdownToText, renderSummaryMarkdown } from './summaryMarkdown.js'
import { charactersOutsideWinAnsi, renderSummaryPdf } from './summaryPdf.js'

export const SUMMARY_FORMATS = {
  html: { file: 'executive-summary.html', contentType: 'text/html; charset=utf-8' },
  md: { file: 'executive-summary.md', contentType: 'text/markdown; charset=utf-8' },
  docx: { file: 'executive-summary.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { file: 'executive-summary.pdf', contentType: 'application/pdf' },
} as const
export type SummaryFormat = keyof typeof SUMMARY_FORMATS

export function summaryFormatOf(fileName: string): SummaryFormat | null {
  for (const [format, { file }] of Object.entries(SUMMARY_FORMATS)) if (file === fileName) return format as SummaryFormat
  return null
}

/** Text for HTML and Markdown, bytes for Word and PDF. */
export type SummaryBody = string | Uint8Array<ArrayBuffer>

export interface CheckedExport {
  body: SummaryBody
  findings: LeakFinding[]
}

/** Names alone (no identifier patterns, no comments), for markup and metadata, where numbers are not prose. */
const namesOnly = (scanner: LeakScanner): LeakScanner => ({ ...scanner, identifiers: false, comments: [] })

function unique(findings: LeakFinding[]): LeakFinding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.part}\u0000${finding.label}\u0000${finding.text.toLocaleLowerCase('en-GB')}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function publisherOf(source: Pick<PublicSummarySource, 'roles'>): string {
  return source.roles.boardName || 'Local Safeguarding Children Board'
}

/** A public document ready to render: its title, publisher and body, the document its findings are placed in, and the scanner. */
export interface PublicDocument {
  title: string
  publisher: string
  doc: JSONContent
  /** Where a finding's text is looked up, for the editor to jump to it. */
  placeIn: ProseMirrorNode
  scanner: LeakScanner
}

/** The executive summary as a public document. */
export function summaryDocumentOf(source: PublicSummarySource): PublicDocument {
  return { title: source.summary.title, publisher: publisherOf(source), doc: source.summary.doc, placeIn: source.report, scanner: source.scanner }
}

const markdownOf = (document: PublicDocument) => renderSummaryMarkdown(document.doc, document.title)

export async function renderPublicDocument(document: PublicDocument, format: SummaryFormat): Promise<SummaryBody> {
  const options = { title: document.title, publisher: document.publisher }
  switch (format) {
    case 'html':
      return renderSummaryHtml(document.doc, options)
    case 'md':
      return markdownOf(document)
    case 'docx':
      return renderSummaryDocx(document.doc, options)
    case 'pdf':
      return renderSummaryPdf(document.doc, options)
  }
}

export function renderSummary(source: PublicSummarySource, format: SummaryFormat): Promise<SummaryBody> {
  return renderPublicDocument(summaryDocumentOf(source), format)
}

async function docxFindings(bytes: Uint8Array, scanner: LeakScanner): Promise<LeakFinding[]> {
  const parts = await readDocxParts(bytes)
  return parts.flatMap(({ part, text, markup }) => [...scanText(text, part, scanner), ...scanText(markup, `${part} markup`, namesOnly(scanner))])
}

async function pdfFindings(bytes: Uint8Array, document: PublicDocument): Promise<LeakFinding[]> {
  const parts = await extractPdfText(bytes)
  const findings = parts.flatMap(({ part, text }) => scanText(text, part, document.scanner))
  // Where a character had to be replaced ("Ł" by "?"), a name may survive in part, unrecognisable to
  // the search: the text as written is searched too.
  const written = markdownToText(markdownOf(document))
  if (charactersOutsideWinAnsi(written).length > 0) findings.push(...scanText(written, 'text before PDF encoding', document.scanner))
  return findings
}

/** A part that could not be read back, as a finding: the export is refused, and nobody can accept it. */
function unreadable(format: SummaryFormat, error: unknown): LeakFinding {
  const part = error instanceof Error && 'part' in error && typeof error.part === 'string' ? error.part : 'file'
  log.warn('export', `A ${format} export could not be read back for the leak check (${part})`, error)
  return { text: `${part}: this part of the file could not be read back to check it`, label: 'Part that could not be checked', part, place: null }
}

export async function checkRenderedDocument(document: PublicDocument, format: SummaryFormat, body: SummaryBody): Promise<LeakFinding[]> {
  const { scanner } = document
  const text = () => (typeof body === 'string' ? body : new TextDecoder().decode(body))
  const bytes = () => (typeof body === 'string' ? new TextEncoder().encode(body) : body)
  let findings: LeakFinding[]
  try {
    if (format === 'html') findings = [...scanText(htmlToText(text()), 'text', scanner), ...scanText(text(), 'markup', namesOnly(scanner))]
    else if (format === 'md') findings = [...scanText(text(), 'text', scanner), ...scanText(markdownToText(text()), 'text', scanner)]
    else if (format === 'docx') findings = await docxFindings(bytes(), scanner)
    else findings = await pdfFindings(bytes(), document)
  } catch (error) {
    return [unreadable(format, error)]
  }
  return placeFindings(unique(findings), document.placeIn)
}

export async function renderCheckedDocument(document: PublicDocument, format: SummaryFormat): Promise<CheckedExport> {
  const body = await renderPublicDocument(document, format)
  return { body, findings: await checkRenderedDocument(document, format, body) }
}

export function checkRenderedSummary(source: PublicSummarySource, format: SummaryFormat, body: SummaryBody): Promise<LeakFinding[]> {
  return checkRenderedDocument(summaryDocumentOf(source), format, body)
}

export function renderCheckedSummary(source: PublicSummarySource, format: SummaryFormat): Promise<CheckedExport> {
  return renderCheckedDocument(summaryDocumentOf(source), format)
}
