/**
 * @module
 * The report as clean, self-contained HTML, rendered from schema JSON by the shared extensions.
 */
import type { JSONContent } from '@tiptap/core'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { reportExtensions } from '../../shared/schema/index.js'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export function renderReportBody(content: JSONContent): string {
  return renderToHTMLString({ extensions: reportExtensions, content })
}

export function renderReportPage(title: string, content: JSONContent): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${renderReportBody(content)}
</main>
</body>
</html>
`
}
