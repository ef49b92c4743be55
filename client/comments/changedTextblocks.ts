/**
 * @module
 * Which text an edit may have changed: the parts of the new document its steps replaced or re-marked,
 * widened to whole textblocks (text, and so every comment mark, lives only in textblocks). The comment
 * highlights walk only these; elsewhere the text is what it was, only moved.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { AddMarkStep, AddNodeMarkStep, AttrStep, DocAttrStep, RemoveMarkStep, RemoveNodeMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'

export interface TextRegion {
  from: number
  to: number
}

/** Beyond this many steps, mapping each step's range through those after it costs more than a walk. */
const MAX_STEPS = 50

/** `pos` moved out to the edge of the textblock it is in, if it is in one. */
function textblockEdge(doc: ProseMirrorNode, pos: number, side: -1 | 1): number {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)))
  if (!$pos.parent.inlineContent) return $pos.pos
  return side < 0 ? $pos.start() : $pos.end()
}

/**
 * The regions of `tr.doc` whose text may differ from `tr.before`, sorted and apart; null when the whole
 * document should be walked: a step of a kind this does not know, very many steps, or regions covering
 * more than half the document (a wholesale replacement, as a remote change from Yjs arrives).
 */
export function changedTextblocks(tr: Transaction): TextRegion[] | null {
  if (tr.steps.length > MAX_STEPS) return null
  const { doc, mapping } = tr
  const found: TextRegion[] = []
  for (let index = 0; index < tr.steps.length; index++) {
    const step = tr.steps[index]
    const later = mapping.slice(index + 1)
    const add = (from: number, to: number) => found.push({ from: textblockEdge(doc, later.map(from, -1), -1), to: textblockEdge(doc, later.map(to, 1), 1) })
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) mapping.maps[index].forEach((_oldStart, _oldEnd, newStart, newEnd) => add(newStart, newEnd))
    else if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) add(step.from, step.to)
    else if (!(step instanceof AttrStep || step instanceof DocAttrStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep)) return null
  }
  const regions: TextRegion[] = []
  for (const region of found.sort((a, b) => a.from - b.from)) {
    const last = regions[regions.length - 1]
    if (last && region.from <= last.to) last.to = Math.max(last.to, region.to)
    else regions.push(region)
  }
  const covered = regions.reduce((sum, region) => sum + region.to - region.from, 0)
  return covered > doc.content.size / 2 ? null : regions
}
