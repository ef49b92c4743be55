import type { JSONContent } from '@tiptap/core'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { putEntity } from '../../../shared/redaction/registerDoc.js'
import { getReportSchema } from '../../../shared/schema/index.js'
import { detectNow, detectionPlugin, findingAtSelection, findingsIn } from '../../../client/redaction/detectionPlugin.js'
import { findRedactedRuns } from '../../../client/redaction/pseudonymLabels.js'
import { redactionFor } from '../../../client/redaction/redactionActions.js'
import { RegisterStore } from '../../../client/redaction/registerStore.js'

const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const text = (value: string, redaction?: Record<string, unknown>): JSONContent => ({ type: 'text', text: value, ...(redaction ? { marks: [{ type: 'redaction', attrs: redaction }] } : {}) })
const docOf = (...content: JSONContent[]) => getReportSchema().nodeFromJSON({ type: 'doc', content })

function storeWithMother(): RegisterStore {
  const doc = new Y.Doc()
  putEntity(doc, 'mother00000001', { realName: 'Jane Smith', aliases: [], category: 'family', pseudonym: 'Mother' })
  return new RegisterStore(doc)
}

describe('live detection in the editor', () => {
  it('finds unredacted names and identifiers, and finds again when asked, not on every change', () => {
    const store = storeWithMother()
    let state = EditorState.create({ doc: docOf(paragraph(text('Jane visited. Call 020 7946 0018.'))), plugins: [detectionPlugin(store)] })
    expect(findingsIn(state).map((finding) => [finding.text, finding.label])).toEqual([
      ['Jane', 'Family member'],
      ['020 7946 0018', 'Phone number'],
    ])

    state = state.apply(state.tr.insertText('Smith ', 1))
    expect(findingsIn(state).map((finding) => state.doc.textBetween(finding.from, finding.to))).toEqual(['Jane', '020 7946 0018'])
    state = state.apply(detectNow(state.tr))
    expect(findingsIn(state).map((finding) => finding.text)).toEqual(['Smith', 'Jane', '020 7946 0018'])
  })

  it('leaves out what is redacted, and knows the finding at the caret', () => {
    const store = storeWithMother()
    const state = EditorState.create({ doc: docOf(paragraph(text('Jane', { entityId: 'mother00000001', category: 'family', reason: null }), text(' and Smith'))), plugins: [detectionPlugin(store)] })
    expect(findingsIn(state).map((finding) => finding.text)).toEqual(['Smith'])
    const smith = findingsIn(state)[0]
    expect(findingAtSelection(state.apply(state.tr.setSelection(TextSelection.create(state.doc, smith.from + 2))))?.text).toBe('Smith')
    expect(findingAtSelection(state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2))))).toBeNull()
  })
})

describe('redacting a finding', () => {
  it('links a registered name to its entity, and an identifier ad hoc with its kind', () => {
    const store = storeWithMother()
    const state = EditorState.create({ doc: docOf(paragraph(text('Jane lives at 12 Acacia Avenue, born on 3 May 2015.'))), plugins: [detectionPlugin(store)] })
    const entities = store.register.get().entities
    expect(findingsIn(state).map((finding) => redactionFor(finding, entities))).toEqual([
      { entityId: 'mother00000001', category: 'family', reason: null },
      { entityId: null, category: 'place', reason: 'other' },
      { entityId: null, category: 'date', reason: 'other' },
    ])
  })
})

describe('pseudonym labels', () => {
  it('puts one label after each run under the same redaction, however its words are formatted', () => {
    const mother = { entityId: 'mother00000001', category: 'family', reason: null }
    const doc = docOf(
      paragraph(
        text('Jane', mother),
        { type: 'text', text: ' Smith', marks: [{ type: 'bold' }, { type: 'redaction', attrs: mother }] },
        text(' met '),
        text('3 May', { entityId: null, category: 'date', reason: 'other' }),
      ),
    )
    expect(findRedactedRuns(doc).map((run) => [doc.textBetween(run.from, run.to), run.attributes.category])).toEqual([
      ['Jane Smith', 'family'],
      ['3 May', 'date'],
    ])
  })
})
