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
