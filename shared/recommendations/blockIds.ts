/**
 * @module
 * Gives every finding and recommendation a unique, well-formed id. A split, a paste or a copy leaves
 * two blocks with the same id; one keeps it (the first with text, so the block the actions and links
 * point at stays linked) and the others get new ones. Runs on local edits only (see
 * `localEditFixes`), like section ids, so ids never flip-flop between collaborators.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { FINDING, createFindingId, isFindingId } from '../schema/finding.js'
import { localEditFixesPlugin } from '../schema/localEditFixes.js'
import { RECOMMENDATION, createRecommendationId, isRecommendationId } from '../schema/recommendation.js'

export interface BlockIdFix {
  pos: number
  attribute: 'findingId' | 'recommendationId'
  id: string
}

interface IdentifiedBlock {
  pos: number
  id: unknown
  isEmpty: boolean
}

const KINDS = [
  { name: FINDING, attribute: 'findingId', isId: isFindingId, newId: createFindingId },
  { name: RECOMMENDATION, attribute: 'recommendationId', isId: isRecommendationId, newId: createRecommendationId },
] as const

function fixesFor(blocks: readonly IdentifiedBlock[], attribute: BlockIdFix['attribute'], isId: (id: unknown) => id is string, newId: () => string): BlockIdFix[] {
  const keeper = new Map<string, number>()
  blocks.forEach(({ id, isEmpty }, index) => {
    if (!isId(id)) return
    const current = keeper.get(id)
    if (current === undefined || (blocks[current].isEmpty && !isEmpty)) keeper.set(id, index)
  })
  const fixes: BlockIdFix[] = []
  blocks.forEach(({ id, pos }, index) => {
    if (isId(id) && keeper.get(id) === index) return
    fixes.push({ pos, attribute, id: newId() })
  })
  return fixes
}

/** Findings and recommendations whose id is missing, malformed or taken by another, each with a new id. */
export function findBlockIdFixes(doc: ProseMirrorNode, newIds: Partial<Record<BlockIdFix['attribute'], () => string>> = {}): BlockIdFix[] {
  const blocks = new Map<string, IdentifiedBlock[]>(KINDS.map(({ name }) => [name, []]))
  doc.descendants((node, pos) => {
    const kind = KINDS.find(({ name }) => name === node.type.name)
    if (kind) blocks.get(kind.name)?.push({ pos, id: node.attrs[kind.attribute], isEmpty: node.textContent.trim() === '' })
    return !kind && !node.isTextblock
  })
  return KINDS.flatMap(({ name, attribute, isId, newId }) => fixesFor(blocks.get(name) ?? [], attribute, isId, newIds[attribute] ?? newId)).sort((a, b) => a.pos - b.pos)
}

export const recommendationIdsPlugin = () => localEditFixesPlugin('recommendationIds', (doc) => findBlockIdFixes(doc), (tr, fix) => tr.setNodeAttribute(fix.pos, fix.attribute, fix.id))

export const RecommendationIds = Extension.create({
  name: 'recommendationIds',

  addProseMirrorPlugins() {
    return [recommendationIdsPlugin()]
  },
})
