import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { excerptFromEntries } from '../../../shared/excerpts/excerptContent.js'
import { createImrSkeleton, createReportSkeleton, excerptCaption, getImrSchema, getReportSchema, readExcerptAttributes } from '../../../shared/schema/index.js'
import { HEALTH, entry } from '../excerpts/fixtures.js'

const excerpt = excerptFromEntries(HEALTH, [entry('ent_aaaaaaaa'), entry('ent_bbbbbbbb', { date: { precision: 'day', date: '2012-05-02' } })])
const excerptNode = () => getReportSchema().nodeFromJSON({ type: 'imrExcerpt', attrs: excerpt.attrs, content: excerpt.content })

type OutputSpec = [string, Record<string, string>, ...unknown[]]

/** An element as parse rules read it: only its attributes. */
const elementWith = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as HTMLElement

function renderSpec(node: ProseMirrorNode): OutputSpec {
  return node.type.spec.toDOM?.(node) as unknown as OutputSpec
}

function parseAttributes(attributes: Record<string, string>): Record<string, unknown> {
  const rule = getReportSchema().nodes.imrExcerpt.spec.parseDOM?.[0]
  const attrs = rule && 'getAttrs' in rule ? rule.getAttrs?.(elementWith(attributes)) : null
  return { ...getReportSchema().nodes.imrExcerpt.create().attrs, ...(attrs || {}) }
}

describe('the imrExcerpt node', () => {
  it('renders a figure with the agency and date as its caption, around a blockquote of its text', () => {
    const [tag, , caption, quote] = renderSpec(excerptNode())

    expect(tag).toBe('figure')
    expect(caption).toEqual(['figcaption', {}, 'Community Health (health visiting), 14 March to 2 May 2012'])
    expect(quote).toEqual(['blockquote', {}, 0])
  })

  it('reads back from its HTML with every attribute it had', () => {
    const node = excerptNode()
    const [, attributes] = renderSpec(node)

    expect(parseAttributes(attributes)).toEqual(node.attrs)
  })

  it('reads wrong attributes from HTML as safe defaults', () => {
    const parsed = parseAttributes({ 'data-source-kind': 'script', 'data-source-ids': '[1, "<b>"]', 'data-agency-id': 'Not An Id!' })

    expect(parsed).toMatchObject({ sourceKind: 'entry', sourceIds: [], agencyId: '' })
  })

  it('reads wrong attributes stored in the document as safe defaults', () => {
    expect(readExcerptAttributes({ sourceKind: 7, sourceIds: 'ent_aaaaaaaa', snapshot: { a: 1 }, agencyName: null })).toEqual({
      agencyId: '',
      agencyName: '',
      sourceKind: 'entry',
      sourceIds: [],
      dateLabel: '',
      snapshot: '',
    })
  })

  it('captions an analysis excerpt, and one with no agency name', () => {
    expect(excerptCaption({ agencyName: 'Police', dateLabel: '', sourceKind: 'analysis' })).toBe('Police, IMR analysis')
    expect(excerptCaption({ agencyName: ' ', dateLabel: '3 May 2012', sourceKind: 'entry' })).toBe('An agency, 3 May 2012')
  })

  it('holds paragraphs only, and may stand where any block may', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        { type: 'imrExcerpt', attrs: excerpt.attrs, content: excerpt.content },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'imrExcerpt', attrs: excerpt.attrs, content: excerpt.content }] }] },
      ],
    }

    expect(() => getReportSchema().nodeFromJSON(doc).check()).not.toThrow()
    expect(() => getReportSchema().nodeFromJSON({ type: 'imrExcerpt', content: [{ type: 'heading', attrs: { level: 3 } }] }).check()).toThrow()
  })
})

describe('documents written before excerpts', () => {
  it('load unchanged: a report keeps the same JSON, its paragraphs no new attribute', () => {
    const report = createReportSkeleton(() => 'sec_aaaaaaaa')

    expect(JSON.stringify(getReportSchema().nodeFromJSON(report).toJSON())).not.toContain('paragraphId')
    expect(getReportSchema().nodeFromJSON({ type: 'paragraph' }).toJSON()).toEqual({ type: 'paragraph' })
  })

  it('load as IMRs, their paragraphs with no id until one is given', () => {
    const imr = getImrSchema().nodeFromJSON(createImrSkeleton('Police', () => 'sec_aaaaaaaa'))

    expect(() => imr.check()).not.toThrow()
    expect(imr.child(0).attrs).toEqual({ paragraphId: null })
  })
})
