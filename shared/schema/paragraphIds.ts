/**
 * @module
 * Stable ids for the paragraphs of an IMR, so that an excerpt of its analysis can find its paragraph
 * again. Only IMR documents have them (see `imrExtensions`): the report needs none, and its paragraphs,
 * its exports and its summary stay as they were. An id is never rendered to HTML, so a pasted paragraph
 * is a new one and gets an id of its own; a split gives the new half a new id. Ids are given on local
 * edits only (the server gives any missing ones when it loads the document), so they never flip-flop
 * between collaborators.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { createId } from './ids.js'
import { localEditFixesPlugin } from './localEditFixes.js'

export const PARAGRAPH_ID_ATTRIBUTE = 'paragraphId'
export const PARAGRAPH_ID_PATTERN = /^par_[a-z0-9]{6,32}$/

export const createParagraphId = () => createId('par')

export function isParagraphId(id: unknown): id is string {
  return typeof id === 'string' && PARAGRAPH_ID_PATTERN.test(id)
}

export interface ParagraphIdState {
  id: unknown
  isEmpty: boolean
}

/**
 * The new id of each paragraph, in document order, or null where it keeps its own. Of paragraphs that
 * share an id, the first with text keeps it: pressing Enter at the start of a paragraph leaves an
 * empty copy before it, and its text keeps its id (and the excerpts that quote it).
 */
export function chooseParagraphIds(paragraphs: readonly ParagraphIdState[], newId = createParagraphId): Array<string | null> {
  const keeper = new Map<string, number>()
  paragraphs.forEach(({ id, isEmpty }, index) => {
    if (!isParagraphId(id)) return
    const current = keeper.get(id)
    if (current === undefined || (paragraphs[current].isEmpty && !isEmpty)) keeper.set(id, index)
  })
  return paragraphs.map(({ id }, index) => (isParagraphId(id) && keeper.get(id) === index ? null : newId()))
}

export interface ParagraphIdFix {
  pos: number
  paragraphId: string
}

/** Paragraphs whose id is missing, malformed or a duplicate, each with a new id. */
export function findParagraphIdFixes(doc: ProseMirrorNode, newId = createParagraphId): ParagraphIdFix[] {
  const paragraphs: Array<ParagraphIdState & { pos: number }> = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return true
    paragraphs.push({ pos, id: node.attrs[PARAGRAPH_ID_ATTRIBUTE], isEmpty: node.content.size === 0 })
    return false
  })
  return chooseParagraphIds(paragraphs, newId).flatMap((paragraphId, index) => (paragraphId ? [{ pos: paragraphs[index].pos, paragraphId }] : []))
}

export const ParagraphIds = Extension.create({
  name: 'paragraphIds',

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          [PARAGRAPH_ID_ATTRIBUTE]: { default: null, keepOnSplit: false, rendered: false, parseHTML: () => null },
        },
      },
    ]
  },

  addProseMirrorPlugins() {
    return [localEditFixesPlugin('paragraphIds', findParagraphIdFixes, (tr, fix) => tr.setNodeAttribute(fix.pos, PARAGRAPH_ID_ATTRIBUTE, fix.paragraphId))]
  },
})
