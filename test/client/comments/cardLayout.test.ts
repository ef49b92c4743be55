import { describe, expect, it } from 'vitest'
import { columnHeight, layoutCards } from '../../../client/comments/cardLayout'

describe('placing thread cards beside their text', () => {
  it('puts each card level with its text while there is room', () => {
    const tops = layoutCards([{ id: 'a', anchorTop: 100, height: 50 }, { id: 'b', anchorTop: 300, height: 50 }], null)
    expect([...tops]).toEqual([['a', 100], ['b', 300]])
  })

  it('pushes a card down below the one above it, never overlapping', () => {
    const tops = layoutCards([{ id: 'a', anchorTop: 100, height: 80 }, { id: 'b', anchorTop: 120, height: 50 }, { id: 'c', anchorTop: 130, height: 50 }], null, 10)
    expect(tops.get('a')).toBe(100)
    expect(tops.get('b')).toBe(190)
    expect(tops.get('c')).toBe(250)
  })

  it('keeps the active card level with its text, moving the cards above it up', () => {
    const tops = layoutCards([{ id: 'a', anchorTop: 100, height: 80 }, { id: 'b', anchorTop: 120, height: 50 }], 'b', 10)
    expect(tops.get('b')).toBe(120)
    expect(tops.get('a')).toBe(30)
  })

  it('never places a card above the top of the column, pushing the rest down instead', () => {
    const tops = layoutCards([{ id: 'a', anchorTop: -40, height: 80 }, { id: 'b', anchorTop: 20, height: 50 }], 'b', 10)
    expect(tops.get('a')).toBe(0)
    expect(tops.get('b')).toBe(90)
  })

  it('orders cards by where their text is, whatever order they were given in', () => {
    const tops = layoutCards([{ id: 'late', anchorTop: 500, height: 40 }, { id: 'early', anchorTop: 10, height: 40 }], null)
    expect(tops.get('early')).toBe(10)
    expect(tops.get('late')).toBe(500)
  })

  it('makes the column tall enough for its lowest card', () => {
    const cards = [{ id: 'a', anchorTop: 100, height: 80 }, { id: 'b', anchorTop: 120, height: 50 }]
    expect(columnHeight(cards, layoutCards(cards, null, 10))).toBe(240)
    expect(columnHeight([], new Map())).toBe(0)
  })
})
