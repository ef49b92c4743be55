/**
 * @module
 * Redactions kept when an excerpt is updated from its source: the new text comes unredacted from the
 * IMR, so every word the old text had redacted is redacted again, with the same mark, wherever it
 * appears in the new text. A name the author hid stays hidden after an update.
 */
import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { REDACTION_MARK } from '../schema/redaction.js'

type MarkJson = NonNullable<JSONContent['marks']>[number]

export interface RedactedText {
  text: string
  mark: MarkJson
}

/** The redacted runs of a node's text (adjacent pieces under one redaction read as one). */
export function redactedTextsIn(node: ProseMirrorNode): RedactedText[] {
  const found: RedactedText[] = []
  node.descendants((child) => {
    if (!child.isTextblock) return true
    let current: RedactedText | null = null
    child.forEach((inline) => {
      const mark = inline.isText ? inline.marks.find((candidate) => candidate.type.name === REDACTION_MARK) : undefined
      if (mark && current && JSON.stringify(current.mark.attrs) === JSON.stringify(mark.attrs)) current.text += inline.text ?? ''
      else if (mark) found.push((current = { text: inline.text ?? '', mark: mark.toJSON() as MarkJson }))
      else current = null
    })
    return false
  })
  return found.filter((redacted) => redacted.text.trim() !== '')
}

function redactText(node: JSONContent, redactions: readonly RedactedText[]): JSONContent[] {
  const text = node.text ?? ''
  if (node.type !== 'text' || text === '' || (node.marks ?? []).some((mark) => mark.type === REDACTION_MARK)) return [node]
  for (const { text: hidden, mark } of redactions) {
    const at = text.indexOf(hidden)
    if (at < 0) continue
    const piece = (value: string, marks: MarkJson[]): JSONContent[] => (value === '' ? [] : [{ ...node, text: value, ...(marks.length > 0 ? { marks } : {}) }])
    return [
      ...piece(text.slice(0, at), node.marks ?? []).flatMap((part) => redactText(part, redactions)),
      ...piece(hidden, [...(node.marks ?? []), mark]),
      ...piece(text.slice(at + hidden.length), node.marks ?? []).flatMap((part) => redactText(part, redactions)),
    ]
  }
  return [node]
}

/** The paragraphs with every redacted text redacted again; the longest texts first, so "Jane Smith" wins over "Jane". */
export function carryRedactions(content: readonly JSONContent[], redactions: readonly RedactedText[]): JSONContent[] {
  const ordered = [...redactions].sort((a, b) => b.text.length - a.text.length)
  if (ordered.length === 0) return [...content]
  const walk = (node: JSONContent): JSONContent => (node.content ? { ...node, content: node.content.flatMap((child) => (child.type === 'text' ? redactText(child, ordered) : [walk(child)])) } : node)
  return content.map(walk)
}
