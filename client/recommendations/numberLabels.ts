/**
 * @module
 * Shows each finding and recommendation in the editor with its number ("Finding 2",
 * "Recommendation 3"): a label attribute the stylesheet prints above the block. Numbers come from
 * `shared/recommendations/numbering.ts`, the side panel's and the exports' source too, and are worked
 * out again whenever a change, local or remote, may add, remove, split or join one; nothing is stored.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, AttrStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { numberFindings, numberRecommendations } from '../../shared/recommendations/numbering'
import { FINDING } from '../../shared/schema/finding'
import { RECOMMENDATION } from '../../shared/schema/recommendation'

export const NUMBER_LABEL_ATTRIBUTE = 'data-label'

const numberLabelsKey = new PluginKey<DecorationSet>('recommendationNumberLabels')

function labelled(doc: ProseMirrorNode, pos: number, label: string): Decoration[] {
  const node = doc.nodeAt(pos)
  return node ? [Decoration.node(pos, pos + node.nodeSize, { [NUMBER_LABEL_ATTRIBUTE]: label })] : []
}

export function numberLabels(doc: ProseMirrorNode): DecorationSet {
  const findings = numberFindings(doc)
  const recommendations = numberRecommendations(doc, findings)
  if (findings.length === 0 && recommendations.length === 0) return DecorationSet.empty
  return DecorationSet.create(doc, [
    ...findings.flatMap(({ pos, number }) => labelled(doc, pos, `Finding ${number}`)),
    ...recommendations.flatMap(({ pos, number }) => labelled(doc, pos, `Recommendation ${number}`)),
  ])
}

const isNumbered = (node: ProseMirrorNode) => node.type.name === FINDING || node.type.name === RECOMMENDATION

/** Whether a finding or recommendation starts or ends between `from` and `to`; one merely containing the range does not count. */
function hasNumberedEdge(doc: ProseMirrorNode, from: number, to: number): boolean {
  if (from >= to) return false
  let found = false
  doc.nodesBetween(from, to, (node, pos) => {
    if (found) return false
    if (isNumbered(node) && (pos >= from || pos + node.nodeSize <= to)) found = true
    return !found && !node.isTextblock
  })
  return found
}

/**
 * Whether a change may add, remove, split or join a finding or recommendation, and so renumber them;
 * typing in one, or anywhere else, only moves the labels, so a keystroke does not walk the whole report.
 */
export function touchesNumberedBlocks(tr: Transaction): boolean {
  return tr.steps.some((step, index) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep || step instanceof AttrStep) return false
    const before = tr.docs[index]
    const after = tr.docs[index + 1] ?? tr.doc
    let touched = false
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||= hasNumberedEdge(before, oldStart, oldEnd) || hasNumberedEdge(after, newStart, newEnd)
    })
    return touched
  })
}

/** Keeps the labels of a document up to date, for the plugin and for tests without a view. */
export function numberLabelsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: numberLabelsKey,
    state: {
      init: (_config, state) => numberLabels(state.doc),
      apply: (tr, labels) => {
        if (!tr.docChanged) return labels
        return touchesNumberedBlocks(tr) ? numberLabels(tr.doc) : labels.map(tr.mapping, tr.doc)
      },
    },
    props: { decorations: (state) => numberLabelsKey.getState(state) },
  })
}

export const RecommendationNumberLabels = Extension.create({
  name: 'recommendationNumberLabels',

  addProseMirrorPlugins() {
    return [numberLabelsPlugin()]
  },
})
