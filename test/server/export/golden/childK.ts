/**
 * @module
 * A small hand-written overview report with its register and public roles, for the golden tests of
 * the executive summary: what the author wrote, with redactions, and what the public must read.
 */
import type { JSONContent } from '@tiptap/core'
import type { PublicRoles, RegisterEntity } from '../../../../shared/redaction/register.js'

export const REGISTER: RegisterEntity[] = [
  { id: 'childk000000001', realName: 'Kayden Brooks', aliases: ['Kay'], category: 'child', pseudonym: 'Child K' },
  { id: 'mother00000001', realName: 'Jane Brooks', aliases: ['Janey'], category: 'family', pseudonym: 'Mother' },
  { id: 'partner0000001', realName: 'Lee Carter', aliases: [], category: 'family', pseudonym: 'Mother’s partner' },
  { id: 'school00000001', realName: 'Oakfield Primary School', aliases: ['Oakfield'], category: 'organisation', pseudonym: 'a primary school' },
]

export const ROLES: PublicRoles = {
  boardName: 'Northshire Safeguarding Children Board',
  boardChair: 'Professor Anne Wells',
  panelChair: 'David Osei',
  overviewAuthor: 'Dr Ruth Hale',
  panelMembers: [
    { jobTitle: 'Designated Nurse for Safeguarding', organisation: 'Northshire Integrated Care Board' },
    { jobTitle: 'Detective Inspector', organisation: 'Northshire Police' },
  ],
}

const text = (value: string, marks: JSONContent['marks'] = []): JSONContent => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks } : {}) })
const redacted = (value: string, entityId: string | null, category = 'family', reason: string | null = null, marks: JSONContent['marks'] = []): JSONContent =>
  text(value, [...marks, { type: 'redaction', attrs: { entityId, category, reason } }])
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const section = (sectionId: string, sectionKind: string, audience: string, title: string): JSONContent => ({ type: 'heading', attrs: { level: 2, sectionId, sectionKind, audience }, content: [text(title)] })

export const REPORT: JSONContent = {
  type: 'doc',
  content: [
    section('sec_intro', 'introduction', 'both', 'Introduction and reasons for the review'),
    paragraph(text('This review was commissioned after '), redacted('Kayden', 'childk000000001', 'child'), text(', aged 14 months, was admitted to hospital on '), redacted('3 March 2023', null, 'date', 'identifiesChild'), text(' with injuries that doctors considered were not accidental.')),
    section('sec_terms', 'termsOfReference', 'report', 'Terms of reference'),
    paragraph(text('Full terms, with '), text('Jane Brooks', [{ type: 'bold' }]), text(' named, stay in the confidential report.')),
    section('sec_events', 'agencyInvolvement', 'summary', 'Summary of events'),
    paragraph(redacted('Janey', 'mother00000001'), text(' told the health visitor that '), redacted('Lee', 'partner0000001', 'family', null, [{ type: 'italic' }]), redacted(' Carter', 'partner0000001'), text(' had moved in.')),
    paragraph(redacted('Oakfield Primary School', 'school00000001', 'organisation'), text(' raised a concern about '), redacted('Kay’s', 'childk000000001', 'child'), text(' bruising. '), redacted('jane', 'mother00000001'), text(' was not at home when the social worker called.')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('The child was '), text('not seen alone', [{ type: 'bold' }]), text(' by any agency.'))] }] },
    section('sec_issues', 'keyIssues', 'both', 'Key issues'),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('Issue'))] }, { type: 'tableHeader', content: [paragraph(text('Agencies'))] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('The voice of the child was not heard'))] }, { type: 'tableCell', content: [paragraph(text('Health, Children’s Social Care'))] }] },
      ],
    },
    section('sec_recs', 'recommendations', 'both', 'Recommendations'),
    { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [paragraph(text('The board should make sure that children are seen alone.'))] }] },
  ],
}
