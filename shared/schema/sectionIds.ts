/**
 * @module
 * Gives every section heading a unique section id and a kind. Runs only on local edits: changes that
 * arrive from other collaborators already carry ids, and rewriting them on every client would make
 * the ids flip-flop.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { createId, SECTION_ID_PATTERN } from './ids.js'
import { SECTION_HEADING_LEVEL, isSectionKind } from './sectionKinds.js'

export interface SectionIdFix {
  pos: number
  sectionId: string
  sectionKind: string
}

/** Section headings whose id is missing, malformed or a duplicate of an earlier one, with new attributes. */
export function findSectionIdFixes(doc: ProseMirrorNode, newId = () => createId('sec')): SectionIdFix[] {
  const seen = new Set<string>()
  const fixes: SectionIdFix[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return true
    if (node.attrs.level !== SECTION_HEADING_LEVEL) return false
    const id = node.attrs.sectionId
    const validId = typeof id === 'string' && SECTION_ID_PATTERN.test(id) && !seen.has(id)
    const validKind = isSectionKind(node.attrs.sectionKind)
    if (validId) seen.add(id)
    if (!validId || !validKind) {
      const sectionId = validId ? id : newId()
      seen.add(sectionId)
      fixes.push({ pos, sectionId, sectionKind: validKind ? node.attrs.sectionKind : 'other' })
    }
    return false
  })
  return fixes
}

function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey)
  return Boolean(meta && meta.isChangeOrigin)
}

export const SectionIds = Extension.create({
  name: 'sectionIds',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('sectionIds'),
        appendTransaction: (transactions, _oldState, newState) => {
          const localChange = transactions.some((tr) => tr.docChanged && !isRemoteChange(tr))
          if (!localChange) return null
          const fixes = findSectionIdFixes(newState.doc)
          if (fixes.length === 0) return null
          const tr = newState.tr
          for (const fix of fixes) {
            tr.setNodeAttribute(fix.pos, 'sectionId', fix.sectionId)
            tr.setNodeAttribute(fix.pos, 'sectionKind', fix.sectionKind)
          }
          return tr
        },
      }),
    ]
  },
})
