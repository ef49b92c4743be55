/**
 * @module
 * The text blocks of a report's Y.Doc as the editor's binding stores them: paragraphs and headings are
 * XML elements (at the top or inside list items) holding one XML text with the marks as attributes.
 */
import * as Y from 'yjs'

export type Attributes = Record<string, unknown>
export type DeltaPart = { insert: string; attributes?: Attributes }

const TEXT_BLOCKS = new Set(['paragraph', 'heading'])

export function isTextBlock(node: unknown): node is Y.XmlElement {
  return node instanceof Y.XmlElement && TEXT_BLOCKS.has(node.nodeName)
}

/** Paragraphs and headings at any depth (list items hold paragraphs too). */
export function textBlocks(parent: Y.XmlFragment): Y.XmlElement[] {
  return parent.toArray().flatMap((child) => {
    if (isTextBlock(child)) return [child]
    return child instanceof Y.XmlElement ? textBlocks(child) : []
  })
}

/** The block's text; an empty paragraph has none until something is typed in it. */
export function textOf(block: Y.XmlElement): Y.XmlText {
  const existing = block.toArray().find((child) => child instanceof Y.XmlText)
  if (existing instanceof Y.XmlText) return existing
  const text = new Y.XmlText()
  block.insert(block.length, [text])
  return text
}

/** The characters of a text without its marks (`toString` writes marks as XML tags). */
export function plainText(text: Y.XmlText): string {
  return (text.toDelta() as DeltaPart[]).map((part) => part.insert).join('')
}

export function parentOf(block: Y.XmlElement): Y.XmlFragment {
  const parent = block.parent
  if (!(parent instanceof Y.XmlFragment)) throw new Error('a block outside the document')
  return parent
}
