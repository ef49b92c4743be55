import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { findParagraphIdFixes, getImrSchema } from '../../../shared/schema/index.js'
import { PARAGRAPH_ID_PATTERN, chooseParagraphIds } from '../../../shared/schema/paragraphIds.js'

const paragraph = (paragraphId: string | null, text = ''): JSONContent => ({ type: 'paragraph', attrs: { paragraphId }, ...(text ? { content: [{ type: 'text', text }] } : {}) })

const imrOf = (...content: JSONContent[]) => getImrSchema().nodeFromJSON({ type: 'doc', content })

function applyFixes(doc: ProseMirrorNode): ProseMirrorNode {
  const tr = EditorState.create({ doc }).tr
  for (const fix of findParagraphIdFixes(doc)) tr.setNodeAttribute(fix.pos, 'paragraphId', fix.paragraphId)
  return tr.doc
}

function idsOf(doc: ProseMirrorNode): string[] {
  const ids: string[] = []
  doc.descendants((node) => {
    if (node.type.name === 'paragraph') ids.push(node.attrs.paragraphId)
  })
  return ids
}

describe('paragraph ids', () => {
  it('gives every paragraph an id, in lists too, and leaves good ones alone', () => {
    const doc = applyFixes(imrOf(paragraph('par_keepthis1', 'Kept.'), paragraph(null, 'New.'), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('bad id')] }] }))

    const ids = idsOf(doc)
    expect(ids[0]).toBe('par_keepthis1')
    for (const id of ids) expect(id).toMatch(PARAGRAPH_ID_PATTERN)
    expect(new Set(ids).size).toBe(3)
  })

  it('never leaves two paragraphs with one id after a split: the first half keeps it', () => {
    const ids = idsOf(applyFixes(imrOf(paragraph('par_splitone1', 'The first half'), paragraph('par_splitone1', 'the second half.'))))

    expect(ids[0]).toBe('par_splitone1')
    expect(ids[1]).not.toBe('par_splitone1')
  })

  it('keeps the id with the text when Enter at its start leaves an empty copy before it', () => {
    const ids = idsOf(applyFixes(imrOf(paragraph('par_splitone1'), paragraph('par_splitone1', 'The analysis.'))))

    expect(ids[1]).toBe('par_splitone1')
    expect(ids[0]).toMatch(PARAGRAPH_ID_PATTERN)
    expect(ids[0]).not.toBe('par_splitone1')
  })

  it('has nothing to fix in a document whose ids are all good', () => {
    expect(findParagraphIdFixes(imrOf(paragraph('par_aaaaaaaa'), paragraph('par_bbbbbbbb')))).toEqual([])
  })

  it('chooses the same way for any list of paragraphs', () => {
    let next = 0
    const newId = () => `par_new${String(++next).padStart(5, '0')}`

    expect(chooseParagraphIds([{ id: 'par_aaaaaaaa', isEmpty: true }, { id: 'par_aaaaaaaa', isEmpty: true }, { id: undefined, isEmpty: false }], newId)).toEqual([null, 'par_new00001', 'par_new00002'])
  })
})
