import { Editor } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { getReportSchema, reportExtensions } from '../../../shared/schema/index.js'
import { COMMENT_MARK } from '../../../shared/schema/comment.js'

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The health visitor called.' }] }] }

function editor() {
  return new Editor({ extensions: reportExtensions, content: doc, element: null })
}

/** An element as parse rules read it: only its attributes. */
const elementWith = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as HTMLElement

function threadIdsAt(instance: Editor, pos: number): string[] {
  return (instance.state.doc.nodeAt(pos)?.marks ?? []).filter((mark) => mark.type.name === COMMENT_MARK).map((mark) => mark.attrs.threadId as string)
}

describe('the comment mark', () => {
  it('marks the selection, overlapping another thread, and is removed by thread', () => {
    const instance = editor()
    instance.chain().setTextSelection({ from: 5, to: 12 }).setComment('thr_aaaaaa01').run()
    instance.chain().setTextSelection({ from: 8, to: 20 }).setComment('thr_bbbbbb01').run()
    expect(threadIdsAt(instance, 9).sort()).toEqual(['thr_aaaaaa01', 'thr_bbbbbb01'])
    expect(instance.commands.unsetComment('thr_aaaaaa01')).toBe(true)
    expect(threadIdsAt(instance, 9)).toEqual(['thr_bbbbbb01'])
    expect(instance.commands.unsetComment('thr_aaaaaa01')).toBe(false)
    instance.destroy()
  })

  it('refuses an empty selection and an id that is not a thread id', () => {
    const instance = editor()
    expect(instance.chain().setTextSelection(5).setComment('thr_aaaaaa01').run()).toBe(false)
    expect(instance.chain().setTextSelection({ from: 5, to: 12 }).setComment('<script>').run()).toBe(false)
    instance.destroy()
  })

  it('is not extended by typing right after it', () => {
    const instance = editor()
    instance.chain().setTextSelection({ from: 5, to: 11 }).setComment('thr_aaaaaa01').run()
    instance.view.dispatch(instance.state.tr.insertText('X', 11))
    expect(threadIdsAt(instance, 11)).toEqual([])
    instance.destroy()
  })

  it('renders its thread id and reads back only a valid one', () => {
    const instance = editor()
    instance.chain().setTextSelection({ from: 5, to: 11 }).setComment('thr_aaaaaa01').run()
    expect(renderToHTMLString({ extensions: reportExtensions, content: instance.getJSON() })).toContain('<span data-comment="" class="comment" data-thread-id="thr_aaaaaa01">health</span>')
    instance.destroy()
    const rule = getReportSchema().marks[COMMENT_MARK].spec.parseDOM?.[0]
    const parse = (threadId: string) => (rule && 'getAttrs' in rule ? rule.getAttrs?.(elementWith({ 'data-thread-id': threadId }) as never) : null)
    expect(parse('thr_aaaaaa01')).toEqual({ threadId: 'thr_aaaaaa01' })
    expect((parse('bad id') || {}).threadId ?? null).toBeNull()
  })
})
