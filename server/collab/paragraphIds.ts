/**
 * @module
 * Gives every paragraph of an IMR document a stable id when the document loads: those without one
 * (written before ids existed, or by a client that did not give one) and all but one of those that
 * share one. Set straight on the Y.XmlElements, in one transaction whose origin is the server, so the
 * change is stored and sent to everyone like any other. The editor gives ids to paragraphs written later.
 */
import * as Y from 'yjs'
import { parseReviewDocumentName } from '../../shared/collab/documentNames.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { PARAGRAPH_ID_ATTRIBUTE, chooseParagraphIds, createParagraphId } from '../../shared/schema/paragraphIds.js'
import type { CollabExtension } from './extensions.js'

/** The origin of the server's own changes to a document. */
export const PARAGRAPH_IDS_ORIGIN = Symbol('paragraph-ids')

function paragraphsIn(parent: Y.XmlFragment | Y.XmlElement, found: Y.XmlElement[]): Y.XmlElement[] {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue
    if (child.nodeName === 'paragraph') found.push(child)
    else paragraphsIn(child, found)
  }
  return found
}

const isEmpty = (paragraph: Y.XmlElement) => paragraph.toArray().every((child) => child instanceof Y.XmlText && child.length === 0)

/** Sets the missing and duplicate ids; returns how many paragraphs got a new one. */
export function assignParagraphIds(doc: Y.Doc, newId = createParagraphId): number {
  const paragraphs = paragraphsIn(doc.getXmlFragment(DOCUMENT_FRAGMENT), [])
  const ids = chooseParagraphIds(paragraphs.map((paragraph) => ({ id: paragraph.getAttribute(PARAGRAPH_ID_ATTRIBUTE), isEmpty: isEmpty(paragraph) })), newId)
  const changes = ids.flatMap((id, index) => (id ? [{ paragraph: paragraphs[index], id }] : []))
  if (changes.length === 0) return 0
  doc.transact(() => {
    for (const { paragraph, id } of changes) paragraph.setAttribute(PARAGRAPH_ID_ATTRIBUTE, id)
  }, PARAGRAPH_IDS_ORIGIN)
  return changes.length
}

export function paragraphIds(): CollabExtension {
  return {
    onLoad(document) {
      if (parseReviewDocumentName(document.name)?.kind === 'imr') assignParagraphIds(document.doc)
    },
  }
}
