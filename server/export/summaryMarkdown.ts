/**
 * @module
 * The executive summary as Markdown (CommonMark with GitHub tables), from the public schema JSON: the
 * few nodes a summary uses, every character of text escaped so that it reads back as written.
 */
import type { JSONContent } from '@tiptap/core'
import { excerptCaption, readExcerptAttributes } from '../../shared/schema/imrExcerpt.js'

const escapeText = (text: string) => text.replace(/([\\`*_[\]{}<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3')

function inline(content: JSONContent[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n'
      if (node.type !== 'text') return ''
      let text = escapeText(node.text ?? '')
      const marks = new Set((node.marks ?? []).map((mark) => mark.type))
      if (text.trim() === '') return text
      if (marks.has('bold')) text = `**${text}**`
      if (marks.has('italic')) text = `*${text}*`
      if (marks.has('strike')) text = `~~${text}~~`
      return text
    })
    .join('')
}

const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n')

const indent = (text: string, by: string) => text.split('\n').map((line, index) => (index === 0 || line === '' ? line : by + line)).join('\n')

function block(node: JSONContent): string {
  const children = node.content ?? []
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Number(node.attrs?.level ?? 2)))} ${inline(children)}`
    case 'paragraph':
      return inline(children)
    case 'bulletList':
      return children.map((item) => `- ${indent(blocks(item.content), '  ')}`).join('\n')
    case 'orderedList':
      return children.map((item, index) => `${index + 1}. ${indent(blocks(item.content), '   ')}`).join('\n')
    case 'blockquote':
      return quoted(blocks(children))
    case 'imrExcerpt':
      return quoted([`**${escapeText(excerptCaption(readExcerptAttributes(node.attrs ?? {})))}**`, blocks(children)].filter((part) => part !== '').join('\n\n'))
    case 'horizontalRule':
      return '---'
    case 'table': {
      const rows = children.map((row) => (row.content ?? []).map((cell) => blocks(cell.content).replace(/\n+/g, ' ')))
      const width = Math.max(1, ...rows.map((row) => row.length))
      const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`
      const [head = [], ...body] = rows
      return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n')
    }
    default:
      return blocks(children)
  }
}

function blocks(content: JSONContent[] | undefined): string {
  return (content ?? [])
    .map(block)
    .filter((text) => text !== '')
    .join('\n\n')
}

export function renderSummaryMarkdown(content: JSONContent, title: string): string {
  return `# ${escapeText(title)}\n\n${blocks(content.content)}\n`
}

/** Markdown as text a reader sees: emphasis markers and escapes taken out, so that "J**ane**" reads "Jane". */
export function markdownToText(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]{}<>#|~.+\-)])/g, '$1').replace(/(\*\*|\*|~~|__)/g, '')
}
