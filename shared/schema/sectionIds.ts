/**
 * @module
 * Gives every section heading a unique section id and a kind. Runs only on local edits (see
 * `localEditFixes`): changes that arrive from other collaborators already carry ids.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { createId, SECTION_ID_PATTERN } from './ids.js'
import { localEditFixesPlugin } from './localEditFixes.js'
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

export const SectionIds = Extension.create({
  name: 'sectionIds',

  addProseMirrorPlugins() {
    return [
      localEditFixesPlugin('sectionIds', findSectionIdFixes, (tr, fix) => {
        tr.setNodeAttribute(fix.pos, 'sectionId', fix.sectionId)
        tr.setNodeAttribute(fix.pos, 'sectionKind', fix.sectionKind)
      }),
    ]
  },
})
