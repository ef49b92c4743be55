/**
 * @module
 * Edits a report's Y.Doc the way the editor's binding stores them: block elements with text inside,
 * in the document fragment; excerpts through the binding itself.
 */
import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { DOCUMENT_FRAGMENT, IMR_EXCERPT, getReportSchema } from '../../shared/schema/index.js'
import { excerptJson, type ExcerptNodeContent } from '../../shared/schema/imrExcerpt.js'

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

/** Inserts a paragraph at the start of a section of the report, found by its kind, under its heading. */
export function insertParagraphInSection(doc: Y.Doc, sectionKind: string, text: string): Y.XmlElement {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const index = fragment.toArray().findIndex((child) => child instanceof Y.XmlElement && child.nodeName === 'heading' && child.getAttribute('sectionKind') === sectionKind)
  if (index < 0) throw new Error(`the report has no ${sectionKind} section`)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  fragment.insert(index + 1, [paragraph])
  return paragraph
}

/** Removes a block added earlier. */
export function removeBlock(doc: Y.Doc, block: Y.XmlElement): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const index = fragment.toArray().indexOf(block)
  if (index >= 0) fragment.delete(index, 1)
}

/**
 * Changes the report as the editor's binding does: reads it through the schema (`@tiptap/y-tiptap`),
 * lets `edit` make a new version, and writes back only what differs.
 */
export function editReport(doc: Y.Doc, edit: (report: ProseMirrorNode) => ProseMirrorNode): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const report = yXmlFragmentToProseMirrorRootNode(fragment, getReportSchema())
  updateYFragment(doc, fragment, edit(report), { mapping: new Map(), isOMark: new Map() })
}

/** The report's excerpts, as schema nodes, in order. */
export function excerptsIn(doc: Y.Doc): ProseMirrorNode[] {
  const excerpts: ProseMirrorNode[] = []
  yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DOCUMENT_FRAGMENT), getReportSchema()).descendants((node) => {
    if (node.type.name === IMR_EXCERPT) excerpts.push(node)
    return node.type.name !== IMR_EXCERPT
  })
  return excerpts
}

/** Inserts an excerpt at the end of the report. */
export function appendExcerpt(doc: Y.Doc, excerpt: ExcerptNodeContent): void {
  editReport(doc, (report) => report.copy(report.content.append(Fragment.from(report.type.schema.nodeFromJSON(excerptJson(excerpt))))))
}

/** Replaces the text and attributes of the report's `index`-th excerpt in one step, as "Update excerpt" does. */
export function replaceExcerpt(doc: Y.Doc, index: number, excerpt: ExcerptNodeContent): void {
  editReport(doc, (report) => {
    const positions: number[] = []
    report.descendants((node, pos) => {
      if (node.type.name === IMR_EXCERPT) positions.push(pos)
      return node.type.name !== IMR_EXCERPT
    })
    const position = positions[index]
    const node = position === undefined ? null : report.nodeAt(position)
    if (position === undefined || !node) throw new Error(`the report has no excerpt ${index}`)
    const tr = EditorState.create({ doc: report }).tr
    tr.setNodeMarkup(position, undefined, { ...excerpt.attrs })
    tr.replaceWith(position + 1, position + node.nodeSize - 1, excerpt.content.map((block) => report.type.schema.nodeFromJSON(block)))
    return tr.doc
  })
}
