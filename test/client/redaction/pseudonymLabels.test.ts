import type { JSONContent } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { touchesRedaction } from '../../../client/redaction/pseudonymLabels.js'
import { getReportSchema } from '../../../shared/schema/index.js'

const MOTHER = { entityId: 'mother00000001', category: 'family', reason: null }
const state = () =>
  EditorState.create({
    doc: getReportSchema().nodeFromJSON({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Jane', marks: [{ type: 'redaction', attrs: MOTHER }] }, { type: 'text', text: ' visited the flat.' }] } satisfies JSONContent],
    }),
  })

describe('which changes make the pseudonym labels be worked out again', () => {
  it('not typing outside redacted text, which only moves the labels', () => {
    expect(touchesRedaction(state().tr.insertText('x', 10))).toBe(false)
  })

  it('typing inside or deleting redacted text, and adding or removing a redaction', () => {
    const schema = getReportSchema()
    expect(touchesRedaction(state().tr.insertText('x', 3))).toBe(true)
    expect(touchesRedaction(state().tr.delete(1, 5))).toBe(true)
    expect(touchesRedaction(state().tr.addMark(7, 14, schema.marks.redaction.create(MOTHER)))).toBe(true)
    expect(touchesRedaction(state().tr.removeMark(1, 5, schema.marks.redaction))).toBe(true)
  })
})
