import { describe, expect, it } from 'vitest'
import { CommitPacer } from '../../../server/collab/commitPacer.js'

const PACING = { appendWindowMs: 100, maxAppendWindowMs: 1_000, fsyncsPerSecond: 50 }

describe('commit pacing across documents', () => {
  it('keeps the short window while few documents are being written', () => {
    const pacer = new CommitPacer(PACING)
    expect(pacer.openWindow()).toBe(100)
    expect(pacer.openWindow()).toBe(100)
  })

  it('lengthens the window so that all documents together stay near the fsync budget, up to the cap', () => {
    const pacer = new CommitPacer(PACING)
    let window = 0
    for (let document = 0; document < 20; document++) window = pacer.openWindow()
    expect(window).toBe(400) // 20 documents, one fsync each per 400 ms: 50 a second
    for (let document = 0; document < 100; document++) window = pacer.openWindow()
    expect(window).toBe(1_000)
  })

  it('shortens again as windows close, and never counts below none', () => {
    const pacer = new CommitPacer(PACING)
    for (let document = 0; document < 20; document++) pacer.openWindow()
    for (let document = 0; document < 25; document++) pacer.closeWindow()
    expect(pacer.windowMs()).toBe(100)
    expect(pacer.openWindow()).toBe(100)
  })
})
