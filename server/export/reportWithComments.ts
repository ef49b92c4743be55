/**
 * @module
 * The panel's confidential "report with comments": the report with each commented range marked and
 * numbered, then every thread on text in the order it first appears (its quote, each message with
 * its writer and time, whether it is resolved), then the detached threads, whose text was deleted,
 * with the text they were on. Every other export leaves comments out. Findings and recommendations
 * read numbered, as in the report's HTML.
 */
import type { JSONContent } from '@tiptap/core'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { findThreadRanges } from '../../shared/comments/anchors.js'
import type { CommentMessage, CommentThread } from '../../shared/comments/threads.js'
import { withoutExcerptSources } from '../../shared/excerpts/publicExcerpt.js'
import { COMMENT_MARK } from '../../shared/schema/comment.js'
import { getReportSchema, reportExtensions } from '../../shared/schema/index.js'
import type { AddresseeAgency } from '../../shared/recommendations/addressees.js'
import { withNumberedBlocks } from '../../shared/recommendations/numberedBlocks.js'
import { escapeHtml, renderHtmlPage } from './reportHtml.js'

const STYLES = `body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;max-width:48em;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
mark.comment{background:#fff2a8}mark.comment mark.comment{background:#ffd866}sup.comment-ref{font-size:.75em}
.confidential{border:2px solid #d4351c;padding:.5rem 1rem;font-weight:bold}
.thread{border-top:1px solid #b1b4b6;margin-top:1rem}.thread blockquote{border-left:4px solid #b1b4b6;margin:0;padding-left:1rem}
.message p{margin:.25rem 0}.meta{color:#505a5f;font-size:.9em}`

const formatTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' })

function renderMessage(message: CommentMessage): string {
  const edited = message.editedAt ? `, edited ${escapeHtml(formatTime(message.editedAt))}` : ''
  const meta = `<p class="meta">${escapeHtml(message.authorName || 'Unknown')}, <time datetime="${escapeHtml(message.createdAt)}">${escapeHtml(formatTime(message.createdAt))}</time>${edited}</p>`
  const body = message.deleted ? '<p><em>Comment deleted.</em></p>' : message.body.split(/\n+/).map((line) => `<p>${escapeHtml(line)}</p>`).join('')
  return `<li class="message">${meta}${body}</li>`
}

function renderThread(thread: CommentThread, label: string, anchor: string, quote: string, names: (userId: string) => string): string {
  const state = thread.resolved
    ? `Resolved${thread.resolvedBy ? ` by ${escapeHtml(names(thread.resolvedBy))}` : ''}${thread.resolvedAt ? `, ${escapeHtml(formatTime(thread.resolvedAt))}` : ''}`
    : 'Open'
  return `<section class="thread" id="${anchor}">
<h3>${escapeHtml(label)}</h3>
<p class="meta">${state}</p>
<blockquote><p>${escapeHtml(quote)}</p></blockquote>
<ol>${thread.messages.map(renderMessage).join('')}</ol>
</section>`
}

export interface ReportWithCommentsOptions {
  title: string
  threads: readonly CommentThread[]
  /** A member's name by user id, for who resolved a thread. */
  names: (userId: string) => string
  /** The review's agencies, to name those a recommendation is addressed to. */
  agencies?: readonly AddresseeAgency[]
}

export function renderReportWithComments(content: JSONContent, { title, threads, names, agencies = [] }: ReportWithCommentsOptions): string {
  // Findings and recommendations become numbered paragraphs first, so comment ranges are found in the text as shown.
  const report = withNumberedBlocks(getReportSchema().nodeFromJSON(withoutExcerptSources(content)), agencies)
  const ranges = findThreadRanges(report)
  const known = new Map(threads.map((thread) => [thread.id, thread]))
  // Threads on text, numbered in the order their text first appears.
  const attached = [...ranges.entries()]
    .filter(([threadId]) => known.has(threadId))
    .sort(([, a], [, b]) => a[0].from - b[0].from)
    .map(([threadId, list], index) => ({ thread: known.get(threadId) as CommentThread, number: index + 1, text: list.map(({ from, to }) => report.textBetween(from, to, ' ')).join(' … ') }))
  const numbers = new Map(attached.map(({ thread, number }) => [thread.id, number]))
  const detached = threads.filter((thread) => !numbers.has(thread.id))
  const referenced = new Set<string>()

  const body = renderToHTMLString({
    extensions: reportExtensions,
    content: report.toJSON() as JSONContent,
    options: {
      markMapping: {
        [COMMENT_MARK]: ({ mark, children }) => {
          const threadId = typeof mark.attrs.threadId === 'string' ? mark.attrs.threadId : ''
          const number = numbers.get(threadId)
          const inner = Array.isArray(children) ? children.join('') : String(children ?? '')
          if (number === undefined) return inner
          const reference = referenced.has(threadId) ? '' : `<sup class="comment-ref"><a href="#comment-${number}">Comment ${number}</a></sup>`
          referenced.add(threadId)
          return `${reference}<mark class="comment" data-comment="${number}">${inner}</mark>`
        },
      },
    },
  })

  const sections = [
    '<p class="confidential">Confidential: the overview report with the review panel\'s comments. Not for publication.</p>',
    body,
    '<h2>Comments</h2>',
    attached.length > 0 ? attached.map(({ thread, number, text }) => renderThread(thread, `Comment ${number}`, `comment-${number}`, text, names)).join('\n') : '<p>No comments on the text.</p>',
  ]
  if (detached.length > 0) {
    sections.push('<h2>Detached comments</h2>', '<p>The text these comments were on has been deleted. Each shows the text it was started on.</p>')
    sections.push(detached.map((thread, index) => renderThread(thread, `Detached comment ${index + 1}`, `detached-${index + 1}`, thread.quote, names)).join('\n'))
  }
  return renderHtmlPage({ title, styles: STYLES }, sections.join('\n'))
}
