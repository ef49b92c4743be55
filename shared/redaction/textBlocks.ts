/**
 * @module
 * A document read block by block as plain text, the way a reader (or a search) sees it: each textblock
 * (paragraph, heading, list item's paragraph, table cell's paragraph, excerpt) becomes one string,
 * whatever formatting its words carry, with the document position of every character and whether it
 * is redacted. Detection and the leak check run on these strings.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { REDACTION_MARK } from '../schema/redaction.js'
import { SECTION_HEADING_LEVEL } from '../schema/sectionKinds.js'

export interface TextBlock {
  text: string
  /** Document position of each character of `text`. */
  positions: number[]
  /** Whether each character of `text` is under a redaction mark. */
  redacted: boolean[]
  /** The section the block is in (the id of the section heading before it), if any. */
  sectionId: string | null
  /** The block's node type, e.g. "paragraph", "heading". */
  blockType: string
}

export function collectTextBlocks(doc: ProseMirrorNode): TextBlock[] {
  const blocks: TextBlock[] = []
  let sectionId: string | null = null
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true
    if (node.type.name === 'heading' && node.attrs.level === SECTION_HEADING_LEVEL) sectionId = (node.attrs.sectionId as string | null) ?? null
    const block: TextBlock = { text: '', positions: [], redacted: [], sectionId, blockType: node.type.name }
    node.forEach((child, offset) => {
      const start = position + 1 + offset
      const redacted = child.marks.some((mark) => mark.type.name === REDACTION_MARK)
      const text = child.isText ? (child.text ?? '') : '\n'
      for (let index = 0; index < text.length; index++) {
        block.positions.push(start + (child.isText ? index : 0))
        block.redacted.push(redacted)
      }
      block.text += text
    })
    blocks.push(block)
    return false
  })
  return blocks
}

/** Document range of the characters `from` to `to` of a block. */
export function rangeInDocument(block: TextBlock, from: number, to: number): { from: number; to: number } {
  return { from: block.positions[from] ?? 0, to: (block.positions[to - 1] ?? 0) + 1 }
}

/** Whether every character from `from` to `to` is redacted. */
export function isFullyRedacted(block: TextBlock, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!block.redacted[index]) return false
  return true
}
