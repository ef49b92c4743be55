import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { NUMBER_LABEL_ATTRIBUTE, numberLabels, numberLabelsPlugin, touchesNumberedBlocks } from '../../../client/recommendations/numberLabels'
import { finding, recommendation, reportOf, schema } from '../../shared/recommendations/fixtures'

const labelsOf = (set: DecorationSet | undefined, doc: ProseMirrorNode) =>
  (set?.find(0, doc.content.size) ?? []).map((decoration) => ({ from: decoration.from, to: decoration.to, label: (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs[NUMBER_LABEL_ATTRIBUTE] }))

function report() {
  return reportOf(
    [finding('fnd_aaaaaa', 'First finding.'), finding('fnd_bbbbbb', 'Second finding.')],
    [recommendation('rec_aaaaaa', 'First recommendation.'), recommendation('rec_bbbbbb', 'Second recommendation.')],
  )
}

/** A random generator with a seed, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % below
  }
}

function randomEdit(state: EditorState, random: (below: number) => number): Transaction | null {
  const { doc } = state
  const pos = random(doc.content.size + 1)
  const tr = state.tr
  try {
    switch (random(5)) {
      case 0: {
        if (!doc.resolve(pos).parent.inlineContent) return null
        return tr.insertText('x', pos)
      }
      case 1:
        return tr.delete(pos, Math.min(doc.content.size, pos + random(30)))
      case 2: {
        const $pos = doc.resolve(pos)
        const block = random(2) === 0 ? schema.nodeFromJSON(finding('fnd_cccccc', 'New finding.')) : schema.nodeFromJSON(recommendation('rec_cccccc', 'New one.'))
        return tr.insert($pos.before(1) + 0, block)
      }
      case 3:
        return tr.split(pos)
      default:
        return tr.join(pos)
    }
  } catch {
    return null
  }
}

describe('finding and recommendation number labels', () => {
  it('labels each block with its number in document order', () => {
    const doc = report()
    expect(labelsOf(numberLabels(doc), doc).map(({ label }) => label)).toEqual(['Finding 1', 'Finding 2', 'Recommendation 1', 'Recommendation 2'])
  })

  it('only moves the labels when typing, and renumbers when a block is added', () => {
    const state = EditorState.create({ doc: report() })
    const typing = state.tr.insertText('More ', 2)
    expect(touchesNumberedBlocks(typing)).toBe(false)
    const firstFinding = state.doc.resolve(state.doc.child(0).nodeSize).pos
    const typingInFinding = state.tr.insertText('Also ', firstFinding + 2)
    expect(touchesNumberedBlocks(typingInFinding)).toBe(false)
    const adding = state.tr.insert(firstFinding, schema.nodeFromJSON(finding('fnd_cccccc', 'New.')))
    expect(touchesNumberedBlocks(adding)).toBe(true)
    const removing = state.tr.delete(firstFinding, firstFinding + state.doc.child(1).nodeSize)
    expect(touchesNumberedBlocks(removing)).toBe(true)
  })

  it('matches labels worked out from scratch after every step of seeded random edits', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seeded(seed)
      let state = EditorState.create({ doc: report(), plugins: [numberLabelsPlugin()] })
      for (let step = 0; step < 60; step++) {
        const tr = randomEdit(state, random)
        if (!tr) continue
        state = state.apply(tr)
        const [plugin] = state.plugins
        expect(labelsOf(plugin.getState(state), state.doc), `seed ${seed}, step ${step}`).toEqual(labelsOf(numberLabels(state.doc), state.doc))
      }
    }
  })
})
