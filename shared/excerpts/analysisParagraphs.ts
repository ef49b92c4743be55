/**
 * @module
 * The paragraphs of an IMR's analysis that an excerpt can quote: every paragraph of the IMR document
 * that has text and an id, in order, as plain text (a line break read as a new line).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ImrAnalysis } from '../api/imrs.js'
import { PARAGRAPH_ID_ATTRIBUTE, isParagraphId } from '../schema/paragraphIds.js'

export function analysisParagraphsOf(doc: ProseMirrorNode): ImrAnalysis['paragraphs'] {
  const paragraphs: ImrAnalysis['paragraphs'] = []
  doc.descendants((node) => {
    if (node.type.name !== 'paragraph') return true
    const id: unknown = node.attrs[PARAGRAPH_ID_ATTRIBUTE]
    const text = node.textBetween(0, node.content.size, '\n', '\n').trim()
    if (isParagraphId(id) && text !== '') paragraphs.push({ id, text })
    return false
  })
  return paragraphs
}
