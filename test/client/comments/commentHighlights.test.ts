import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { reportExtensions } from '../../../shared/schema'
import { commentDecorations } from '../../../client/comments/commentHighlights'

const schema = getSchema(reportExtensions)
const comment = (threadId: string) => schema.marks.comment.create({ threadId })

/** "Alpha beta gamma": thread one on "Alpha beta", thread two on "beta gamma". */
function overlapping() {
  return schema.node('doc', null, [
    schema.node('paragraph', null, [schema.text('Alpha ', [comment('thr_one0001')]), schema.text('beta', [comment('thr_one0001'), comment('thr_two0001')]), schema.text(' gamma', [comment('thr_two0001')])]),
  ])
}

const classesOf = (set: ReturnType<typeof commentDecorations>, doc: ReturnType<typeof overlapping>) =>
  set.find(0, doc.content.size).map((decoration) => ({ text: doc.textBetween(decoration.from, decoration.to), class: (decoration as unknown as { type: { attrs: { class: string } } }).type.attrs.class }))

describe('highlighting commented text', () => {
  it('shades open threads, darker where they overlap and strongest for the active one', () => {
    const doc = overlapping()
    const found = classesOf(commentDecorations(doc, new Set(['thr_one0001', 'thr_two0001']), 'thr_two0001', null), doc)
    expect(found).toEqual([
      { text: 'Alpha ', class: 'app-comment' },
      { text: 'beta', class: 'app-comment app-comment--overlap app-comment--active' },
      { text: ' gamma', class: 'app-comment app-comment--active' },
    ])
  })

  it('leaves the text of resolved threads plain, and marks the text of a comment being written', () => {
    const doc = overlapping()
    const found = classesOf(commentDecorations(doc, new Set(['thr_one0001']), null, { from: 12, to: 17 }), doc)
    expect(found).toEqual([
      { text: 'Alpha ', class: 'app-comment' },
      { text: 'beta', class: 'app-comment' },
      { text: 'gamma', class: 'app-comment-draft' },
    ])
  })
})
