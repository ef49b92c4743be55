/**
 * @module
 * Shows each finding and recommendation in the editor with its number ("Finding 2",
 * "Recommendation 3"): a label attribute the stylesheet prints above the block. Numbers come from
 * `shared/recommendations/numbering.ts`, the side panel's and the exports' source too, and are worked
 * out again on every change to the document, local or remote; nothing is stored.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { numberFindings, numberRecommendations } from '../../shared/recommendations/numbering'

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

export const RecommendationNumberLabels = Extension.create({
  name: 'recommendationNumberLabels',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: numberLabelsKey,
        state: {
          init: (_config, state) => numberLabels(state.doc),
          apply: (tr, labels, _old, state) => (tr.docChanged ? numberLabels(state.doc) : labels),
        },
        props: { decorations: (state) => numberLabelsKey.getState(state) },
      }),
    ]
  },
})
