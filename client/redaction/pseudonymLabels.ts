/**
 * @module
 * Beside each redacted run of text, what the public will read instead: the entity's pseudonym
 * ("Mother"), or the neutral wording of an ad hoc redaction ("[a date]"). Only a decoration: the
 * document's text stays as it was written, and the label is neither copied nor searched.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { pseudonymLookup, redactionOf, replacementFor, sameRedaction, type PseudonymLookup } from '../../shared/redaction/publicText'
import { REDACTION_MARK, type RedactionAttributes } from '../../shared/schema'
import type { RegisterStore } from './registerStore'

export interface RedactedRun {
  from: number
  to: number
  attributes: RedactionAttributes
}


/** Each run of text under one redaction, however its words are formatted. */
export function findRedactedRuns(doc: ProseMirrorNode): RedactedRun[] {
  const runs: RedactedRun[] = []
  doc.descendants((node, position) => {
    if (!node.isTextblock) return true
    let current: RedactedRun | null = null
    node.forEach((child, offset) => {
      const mark = child.isText ? redactionOf(child) : undefined
      const from = position + 1 + offset
      const attributes = mark?.attrs as RedactionAttributes | undefined
      if (attributes && current && current.to === from && sameRedaction({ attrs: current.attributes }, { attrs: attributes })) current.to = from + child.nodeSize
      else if (attributes) runs.push((current = { from, to: from + child.nodeSize, attributes }))
      else current = null
    })
    return false
  })
  return runs
}

function label(text: string, redacted: boolean): HTMLElement {
  const element = document.createElement('span')
  element.className = redacted ? 'app-redaction-label' : 'app-redaction-label app-redaction-label--neutral'
  element.dataset.pseudonym = text
  element.contentEditable = 'false'
  return element
}

function labels(doc: ProseMirrorNode, pseudonyms: PseudonymLookup): DecorationSet {
  return DecorationSet.create(
    doc,
    findRedactedRuns(doc).map((run) => {
      const text = replacementFor(run.attributes, pseudonyms)
      const linked = run.attributes.entityId !== null && pseudonyms.has(run.attributes.entityId)
      return Decoration.widget(run.to, () => label(text, linked), { side: -1, ignoreSelection: true, marks: [], key: `${linked ? 'e' : 'n'}:${text}` })
    }),
  )
}

/**
 * Whether a change adds, removes or edits redacted text; typing anywhere else only moves the labels,
 * so a keystroke does not walk the whole report.
 */
export function touchesRedaction(tr: Transaction): boolean {
  return tr.steps.some((step, index) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return step.mark.type.name === REDACTION_MARK
    const before = tr.docs[index]
    const after = tr.docs[index + 1] ?? tr.doc
    const type = before.type.schema.marks[REDACTION_MARK]
    if (!type) return false
    let touched = false
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||= before.rangeHasMark(oldStart, oldEnd, type) || after.rangeHasMark(newStart, newEnd, type)
    })
    return touched
  })
}

const labelsKey = new PluginKey<DecorationSet>('pseudonymLabels')
const REGISTER_CHANGED = 'registerChanged'

export const PseudonymLabels = Extension.create<{ store: RegisterStore | null }>({
  name: 'pseudonymLabels',
  addOptions: () => ({ store: null }),
  addProseMirrorPlugins() {
    const store = this.options.store
    if (!store) return []
    const lookup = () => pseudonymLookup(store.register.get().entities)
    return [
      new Plugin<DecorationSet>({
        key: labelsKey,
        state: {
          init: (_config, state) => labels(state.doc, lookup()),
          apply: (tr, previous) => {
            if (tr.getMeta(labelsKey) === REGISTER_CHANGED || (tr.docChanged && touchesRedaction(tr))) return labels(tr.doc, lookup())
            return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous
          },
        },
        props: { decorations: (state) => labelsKey.getState(state) },
        view: (view: EditorView) => {
          const unsubscribe = store.register.subscribe(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(labelsKey, REGISTER_CHANGED).setMeta('addToHistory', false))
          })
          return { destroy: unsubscribe }
        },
      }),
    ]
  },
})
