/**
 * @module
 * The report as clean, self-contained HTML, rendered from schema JSON by the shared extensions; an IMR
 * excerpt is a figure, its agency and date the caption of the quoted text; findings and
 * recommendations read numbered ("Recommendation 3: …").
 */
import type { JSONContent } from '@tiptap/core'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { withoutComments } from '../../shared/comments/withoutComments.js'
import { withoutExcerptSources } from '../../shared/excerpts/publicExcerpt.js'
import type { AddresseeAgency } from '../../shared/recommendations/addressees.js'
import { withNumberedBlocks } from '../../shared/recommendations/numberedBlocks.js'
import { FINDING, RECOMMENDATION, getReportSchema, reportExtensions } from '../../shared/schema/index.js'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const hasNumberedBlocks = (content: JSONContent): boolean => content.type === FINDING || content.type === RECOMMENDATION || (content.content ?? []).some(hasNumberedBlocks)

/** The content with its findings and recommendations as numbered paragraphs (see `withNumberedBlocks`). */
function numberedContent(content: JSONContent, agencies: readonly AddresseeAgency[] = []): JSONContent {
  return hasNumberedBlocks(content) ? (withNumberedBlocks(getReportSchema().nodeFromJSON(content), agencies).toJSON() as JSONContent) : content
}

/**
 * Excerpts are rendered with their caption and text only: their link to the IMR and snapshot never
 * leave; comment marks are left out (only the panel's report with comments shows comments).
 * `agencies`: the review's, to name those a recommendation is addressed to.
 */
export function renderReportBody(content: JSONContent, agencies: readonly AddresseeAgency[] = []): string {
  return renderToHTMLString({ extensions: reportExtensions, content: withoutComments(withoutExcerptSources(numberedContent(content, agencies))) })
}

export interface HtmlPageOptions {
  title: string
  /** The page's `author` metadata, if any. */
  author?: string
  styles?: string
}

/** A page of its own: `lang`, one h1 (the title), the body inside `main`. */
export function renderHtmlPage({ title, author, styles }: HtmlPageOptions, body: string): string {
  const meta = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(author ? [`<meta name="author" content="${escapeHtml(author)}">`] : []),
    `<title>${escapeHtml(title)}</title>`,
    ...(styles ? [`<style>${styles}</style>`] : []),
  ]
  return `<!doctype html>
<html lang="en-GB">
<head>
${meta.join('\n')}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`
}

export function renderReportPage(title: string, content: JSONContent, agencies: readonly AddresseeAgency[] = []): string {
  return renderHtmlPage({ title }, renderReportBody(content, agencies))
}
