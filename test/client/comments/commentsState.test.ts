import { EditorState, type Transaction } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { changedTextblocks } from '../../../client/comments/changedTextblocks'
import type { DraftRange } from '../../../client/comments/commentHighlights'
import { nextCommentsState, scanCommentsState, type CommentsLook, type CommentsState } from '../../../client/comments/commentsState'
import type { CommentThread } from '../../../shared/comments/threads'
import { getReportSchema } from '../../../shared/schema'
import { Random, seedsToRun } from '../../reliability/support/random'
import { THREAD_IDS, randomEdit, startingReport } from './randomCommentEdits'

const schema = getReportSchema()
const STEPS = 400

const thread = (id: string, resolved: boolean): CommentThread => ({ id, quote: '', createdAt: '2024-01-01T00:00:00.000Z', createdBy: 'u1', resolved, resolvedBy: null, resolvedAt: null, messages: [] })

function randomLook(random: Random): CommentsLook {
  // Some threads resolved, one missing (its mark stays in the text), perhaps one active.
  const threads = THREAD_IDS.slice(1).map((id) => thread(id, random.chance(0.3)))
  return { threads, active: random.chance(0.7) ? random.pick(THREAD_IDS) : null }
}

const decorationsOf = (set: DecorationSet) =>
  set
    .find()
    .map((decoration) => ({ from: decoration.from, to: decoration.to, class: (decoration as unknown as { type: { attrs: { class: string } } }).type.attrs.class }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.class.localeCompare(b.class))

/** Everything a reader of the state sees, with the threads in the order the state gives them. */
const visible = (state: CommentsState) => ({ ranges: [...state.ranges], draft: state.draft, decorations: decorationsOf(state.decorations) })

/** The draft moved through `tr` as the plugin moves it. */
function mapDraft(draft: DraftRange | null, tr: Transaction): DraftRange | null {
  if (!draft) return null
  const from = tr.mapping.map(draft.from, 1)
  const to = tr.mapping.map(draft.to, -1)
  return from < to ? { from, to } : null
}

describe('the comments state after an edit', () => {
  for (const seed of seedsToRun([1, 2, 3, 42])) {
    it(`is what a walk of the whole report finds, after each of ${STEPS} random edits (seed ${seed})`, () => {
      const random = new Random(seed)
      let editor = EditorState.create({ schema, doc: startingReport(schema, random) })
      let look = randomLook(random)
      let state = scanCommentsState(editor.doc, look, null)
      let incremental = 0
      for (let step = 0; step < STEPS; step++) {
        if (random.chance(0.05)) look = randomLook(random)
        if (random.chance(0.02)) look = { ...look, active: random.pick(THREAD_IDS) }
        const tr = randomEdit(editor, random)
        let draft = mapDraft(state.draft, tr)
        if (random.chance(0.05)) {
          const size = tr.doc.content.size
          const from = random.integer(0, size - 1)
          draft = random.chance(0.8) ? { from, to: Math.min(size, from + random.integer(1, 20)) } : null
        }
        if (tr.docChanged && look === state.look && state.ranges.size > 1 && changedTextblocks(tr)) incremental++
        state = nextCommentsState(state, tr, look, draft)
        editor = editor.apply(tr)
        expect(visible(state), `after edit ${step}`).toEqual(visible(scanCommentsState(editor.doc, look, draft)))
      }
      // Most edits took the short way among several threads; the comparison means little otherwise.
      expect(incremental).toBeGreaterThan(STEPS / 2)
    })
  }
})
