/**
 * @module
 * Turns a stored Y.Doc into schema JSON through the same binding the editor uses (`@tiptap/y-tiptap`),
 * normalised by the shared schema: content the schema does not allow is dropped, never passed on.
 */
import type { JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { DOCUMENT_FRAGMENT, getReportSchema } from '../../shared/schema/index.js'

export function documentToJson(doc: Y.Doc): JSONContent {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  return yXmlFragmentToProseMirrorRootNode(fragment, getReportSchema()).toJSON() as JSONContent
}

export function jsonToDocument(content: JSONContent): Y.Doc {
  return prosemirrorJSONToYDoc(getReportSchema(), content, DOCUMENT_FRAGMENT)
}
