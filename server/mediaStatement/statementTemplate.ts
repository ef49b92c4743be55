/**
 * @module
 * The media statement starts from its template exactly once. A new review's statement is written from
 * it when the review is created; a review created before media statements existed gets it the first
 * time its statement is loaded, if the text is empty and the marker says it was never given it. The
 * marker stays, so a statement that people later empty is never filled again over their choice.
 */
import * as Y from 'yjs'
import { parseReviewDocumentName } from '../../shared/collab/documentNames.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { createMediaStatementSkeleton } from '../../shared/schema/mediaStatementTemplate.js'
import type { CollabExtension } from '../collab/extensions.js'
import { jsonToDocument } from '../export/documentJson.js'

const TEMPLATE_MAP = 'mediaStatement'
const SEEDED_KEY = 'templateSeeded'

/** The origin of the server's writing of the template. */
export const TEMPLATE_ORIGIN = Symbol('media-statement-template')

export function markTemplateSeeded(doc: Y.Doc): void {
  doc.getMap<unknown>(TEMPLATE_MAP).set(SEEDED_KEY, true)
}

export function isTemplateSeeded(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(TEMPLATE_MAP).get(SEEDED_KEY) === true
}

/** Writes the template into an empty statement that never had it; true if it did. */
export function seedTemplateIfNew(doc: Y.Doc): boolean {
  if (isTemplateSeeded(doc) || doc.getXmlFragment(DOCUMENT_FRAGMENT).length > 0) return false
  const template = jsonToDocument(createMediaStatementSkeleton())
  try {
    // The marker travels in the same update as the text: one change, stored and sent as one.
    markTemplateSeeded(template)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(template), TEMPLATE_ORIGIN)
  } finally {
    template.destroy()
  }
  return true
}

export function mediaStatementTemplate(): CollabExtension {
  return {
    onLoad(document) {
      if (parseReviewDocumentName(document.name)?.kind === 'media-statement') seedTemplateIfNew(document.doc)
    },
  }
}
