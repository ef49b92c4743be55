/**
 * @module
 * The executive summary as accessible HTML: one page, `lang`, semantic headings under one h1, a print
 * stylesheet, and neutral metadata (the board's name as author, "Executive summary: Child K" as title).
 */
import type { JSONContent } from '@tiptap/core'
import { renderHtmlPage, renderReportBody } from './reportHtml.js'

const STYLES = `body{font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;max-width:40em;margin:2rem auto;padding:0 1rem}
h1{font-size:2rem}h2{font-size:1.5rem;margin-top:2rem}h3{font-size:1.25rem}
table{border-collapse:collapse}td,th{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:left;vertical-align:top}
@media print{body{font-size:11pt;margin:0;max-width:none}h2,h3{break-after:avoid}table,li{break-inside:avoid}a{color:inherit;text-decoration:none}}`

export interface SummaryHtmlOptions {
  title: string
  /** The board's name, as the page's author; a neutral phrase when it is not set. */
  publisher: string
}

export function renderSummaryHtml(content: JSONContent, { title, publisher }: SummaryHtmlOptions): string {
  return renderHtmlPage({ title, author: publisher, styles: STYLES }, renderReportBody(content))
}

/** The text a reader sees in an HTML page: tags removed, character references decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|h[1-6]|li|td|th|tr|br|div|main|ul|ol|table|blockquote|figure|figcaption|title)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' })[name] ?? '')
}
