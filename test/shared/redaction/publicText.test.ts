import { describe, expect, it } from 'vitest'
import type { JSONContent } from '@tiptap/core'
import { findUnredacted } from '../../../shared/redaction/detection.js'
import { pseudonymLookup, toPublicNode } from '../../../shared/redaction/publicText.js'
import { RegisterMatcher } from '../../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../../shared/schema/index.js'

const REGISTER = [
  { id: 'mother0001', realName: 'Jane Smith', aliases: [], category: 'family' as const, pseudonym: 'Mother' },
  { id: 'school0001', realName: 'Oak Lane Primary', aliases: [], category: 'organisation' as const, pseudonym: 'a primary school' },
]

const redacted = (text: string, entityId: string | null, extra: JSONContent['marks'] = []) => ({
  type: 'text',
  text,
  marks: [...extra, { type: 'redaction', attrs: { entityId, category: entityId ? 'family' : 'date', reason: entityId ? null : 'identifiesChild' } }],
})
const plain = (text: string) => ({ type: 'text', text })
const docOf = (...paragraphs: JSONContent[][]) => getReportSchema().nodeFromJSON({ type: 'doc', content: paragraphs.map((content) => ({ type: 'paragraph', content })) })
const publicText = (doc: ReturnType<typeof docOf>) => {
  const json = toPublicNode(doc, pseudonymLookup(REGISTER))
  return (json.content ?? []).map((block) => (block.content ?? []).map((node) => node.text).join(''))
}

describe('the public text of a redacted document', () => {
  it('replaces a redaction with the pseudonym, keeping a possessive and capitalising a sentence start', () => {
    const doc = docOf(
      [plain('The health visitor saw '), redacted('Jane', 'mother0001'), plain('. '), redacted('Jane’s', 'mother0001'), plain(' partner was there.')],
      [redacted('oak lane primary', 'school0001'), plain(' raised a concern.')],
    )
    expect(publicText(doc)).toEqual(['The health visitor saw Mother. Mother’s partner was there.', 'A primary school raised a concern.'])
  })

  it('gives one pseudonym for a name split across formatting, and neutral wording for an ad hoc redaction', () => {
    const doc = docOf([plain('Seen by '), redacted('Ja', 'mother0001', [{ type: 'bold' }]), redacted('ne Smith', 'mother0001'), plain(' on '), redacted('3 May', null), plain('.')])
    expect(publicText(doc)).toEqual(['Seen by Mother on [a date].'])
  })

  it('uses the neutral wording when the entity has left the register', () => {
    const doc = docOf([plain('Seen by '), redacted('Bob', 'gone000001')])
    expect(publicText(doc)).toEqual(['Seen by [a family member]'])
  })

  it('keeps a link’s text but not its address', () => {
    const doc = docOf([{ type: 'text', text: 'the letter', marks: [{ type: 'link', attrs: { href: 'mailto:jane@example.org' } }] }])
    expect(JSON.stringify(toPublicNode(doc, pseudonymLookup(REGISTER)))).not.toContain('jane@')
  })
})

describe('finding what is not redacted', () => {
  it('finds a name split across formatting marks in one word, and not what is redacted', () => {
    const doc = docOf([plain('J'), { type: 'text', text: 'ane', marks: [{ type: 'italic' }] }, plain(' met '), redacted('Jane', 'mother0001'), plain(' at 14 Acacia Avenue.')])
    const findings = findUnredacted(doc, new RegisterMatcher(REGISTER))
    expect(findings.map(({ text, label }) => [text, label])).toEqual([
      ['Jane', 'Family member'],
      ['14 Acacia Avenue', 'Street address'],
    ])
    expect(doc.textBetween(findings[0].from, findings[0].to)).toBe('Jane')
  })

  it('finds names in headings, lists and tables', () => {
    const schema = getReportSchema()
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [plain('About Jane')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [plain('Smith visited')] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [plain('smith')] }] }] }] },
      ],
    })
    expect(findUnredacted(doc, new RegisterMatcher(REGISTER)).map((finding) => finding.text)).toEqual(['Jane', 'Smith', 'smith'])
  })
})
