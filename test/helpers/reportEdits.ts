/**
 * @module
 * Edits a report's Y.Doc the way the editor's binding stores them: block elements with text inside,
 * in the document fragment.
 */
import * as Y from 'yjs'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'

export function appendParagraph(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  fragment.insert(fragment.length, [paragraph])
}

/** The report's content as XML, enough to look for a typed text. */
export function reportXml(doc: Y.Doc): string {
  return doc.getXmlFragment(DOCUMENT_FRAGMENT).toString()
}

export function hasText(doc: Y.Doc, text: string): boolean {
  return reportXml(doc).includes(text)
}

/** A text no other edit contains, so finding it proves this edit arrived. */
export function uniqueText(label: string): string {
  return `${label} ${Math.random().toString(36).slice(2, 10)}`
}

/** A text piece of a paragraph: plain, or with marks as the binding stores them (`{ redaction: {...} }`). */
export type TextPiece = string | { text: string; marks: Record<string, Record<string, unknown>> }

/** Appends a paragraph made of pieces, some of them marked (for example redacted). */
export function appendMarkedParagraph(doc: Y.Doc, pieces: TextPiece[]): Y.XmlElement {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const paragraph = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  paragraph.insert(0, [text])
  doc.transact(() => {
    fragment.insert(fragment.length, [paragraph])
    // Inserted once in the document: until then, the length of a new text does not count what waits to go in.
    for (const piece of pieces) {
      if (typeof piece === 'string') text.insert(text.length, piece, {})
      else text.insert(text.length, piece.text, piece.marks)
    }
  })
  return paragraph
}

/** Sets where a section of the report is read (`report`, `summary` or `both`), found by its kind. */
export function setSectionAudience(doc: Y.Doc, sectionKind: string, audience: string): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === 'heading' && child.getAttribute('sectionKind') === sectionKind) child.setAttribute('audience', audience)
  }
}

/** Removes a block added earlier. */
export function removeBlock(doc: Y.Doc, block: Y.XmlElement): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const index = fragment.toArray().indexOf(block)
  if (index >= 0) fragment.delete(index, 1)
}
