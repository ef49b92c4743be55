/**
 * @module
 * Turns a stored Y.Doc into schema JSON through the same binding the editor uses (`@tiptap/y-tiptap`),
 * normalised by the shared schema: content the schema does not allow is dropped, never passed on.
 */
import type { JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { DOCUMENT_FRAGMENT, getReportSchema } from '../../shared/schema/index.js'

/** `schema`: the report's unless said (an IMR is read with `getImrSchema()`, which keeps its paragraph ids). */
export function documentToJson(doc: Y.Doc, schema: Schema = getReportSchema()): JSONContent {
  // The binding drops what the schema does not allow by deleting it from the Y.Doc it reads, so it
  // reads a copy: exporting must never edit the report that people are writing.
  const copy = new Y.Doc()
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const fragment = copy.getXmlFragment(DOCUMENT_FRAGMENT)
    removeUnreadableChildren(fragment, true)
    return yXmlFragmentToProseMirrorRootNode(fragment, schema).toJSON() as JSONContent
  } finally {
    copy.destroy()
  }
}

export function jsonToDocument(content: JSONContent): Y.Doc {
  return prosemirrorJSONToYDoc(getReportSchema(), content, DOCUMENT_FRAGMENT)
}

/**
 * Removes what the binding throws on rather than drops: text directly in the document and anything
 * that is neither an element nor a text. Any client can store these, and one must not stop every export.
 */
function removeUnreadableChildren(parent: Y.XmlFragment, isDocument: boolean): void {
  for (let index = parent.length - 1; index >= 0; index--) {
    const child: unknown = parent.get(index)
    if (child instanceof Y.XmlElement) removeUnreadableChildren(child, false)
    else if (isDocument || !(child instanceof Y.XmlText)) parent.delete(index, 1)
  }
}
