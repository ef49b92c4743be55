import { describe, expect, it } from 'vitest'
import { findThreadRanges, isDetached, threadsAt } from '../../../shared/comments/anchors.js'
import { getReportSchema } from '../../../shared/schema/index.js'

const schema = getReportSchema()
const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } })
const text = (value: string, marks: Array<Record<string, unknown>> = []) => ({ type: 'text', text: value, marks })

function report(...paragraphs: Array<Array<Record<string, unknown>>>) {
  return schema.nodeFromJSON({ type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) })
}

describe('where threads are in the report', () => {
  it('finds a thread\'s range, joined across pieces that other marks split', () => {
    const doc = report([text('Before '), text('one ', [comment('thr_aaaaaa01')]), text('two', [comment('thr_aaaaaa01'), { type: 'bold' }]), text(' after')])
    const ranges = findThreadRanges(doc)
    expect(ranges.get('thr_aaaaaa01')).toEqual([{ from: 8, to: 15 }])
    expect(doc.textBetween(8, 15)).toBe('one two')
  })

  it('keeps nested and overlapping threads apart, innermost first at a position', () => {
    const outer = comment('thr_outer001')
    const inner = comment('thr_inner001')
    const other = comment('thr_other001')
    const doc = report([text('aa', [outer]), text('bb', [outer, inner]), text('cc', [outer, other]), text('dd', [other])])
    const ranges = findThreadRanges(doc)
    expect(ranges.get('thr_outer001')).toEqual([{ from: 1, to: 7 }])
    expect(ranges.get('thr_inner001')).toEqual([{ from: 3, to: 5 }])
    expect(ranges.get('thr_other001')).toEqual([{ from: 5, to: 9 }])
    expect(threadsAt(ranges, 4)).toEqual(['thr_inner001', 'thr_outer001'])
    expect(threadsAt(ranges, 6).sort()).toEqual(['thr_other001', 'thr_outer001'])
    expect(threadsAt(ranges, 8)).toEqual(['thr_other001'])
  })

  it('gives a thread split across paragraphs one range in each', () => {
    const mark = comment('thr_split001')
    const doc = report([text('end of one', [mark])], [text('start of two', [mark]), text(' rest')])
    expect(findThreadRanges(doc).get('thr_split001')).toEqual([{ from: 1, to: 11 }, { from: 13, to: 25 }])
  })

  it('calls a thread with no marked text detached', () => {
    const ranges = findThreadRanges(report([text('plain', [comment('thr_here0001')])]))
    expect(isDetached(ranges, 'thr_here0001')).toBe(false)
    expect(isDetached(ranges, 'thr_gone0001')).toBe(true)
  })
})
