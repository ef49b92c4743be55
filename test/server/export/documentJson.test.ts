import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentToJson, jsonToDocument } from '../../../server/export/documentJson.js'
import { demoReportContent } from '../../../server/reviews/demo.js'
import { DOCUMENT_FRAGMENT, getReportSchema } from '../../../shared/schema/index.js'

const cell = (type: string, value: string): JSONContent => ({ type, content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] })

/** The demo report plus the rest of what the schema offers: marks, sub-headings, quotes and a table. */
function richReport(): JSONContent {
  const content = demoReportContent().content ?? []
  return {
    type: 'doc',
    content: [
      ...content,
      { type: 'heading', attrs: { level: 3, sectionId: null, sectionKind: null }, content: [{ type: 'text', text: 'Health visiting' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Seen ', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'alone', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' — see ' },
          { type: 'text', text: 'guidance', marks: [{ type: 'link', attrs: { href: 'https://www.gov.uk/' } }] },
        ],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words of the family.' }] }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First' }] }] }] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Date'), cell('tableHeader', 'Agency')] },
          { type: 'tableRow', content: [cell('tableCell', '3 March'), cell('tableCell', 'Health visiting')] },
        ],
      },
    ],
  }
}

/** What the schema makes of some content: the form a round trip must give back. */
const normalised = (content: JSONContent) => getReportSchema().nodeFromJSON(content).toJSON()

function paragraphElement(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

describe('documentToJson and jsonToDocument', () => {
  it('give back the same report after JSON -> Y.Doc -> JSON', () => {
    const content = richReport()

    expect(documentToJson(jsonToDocument(content))).toEqual(normalised(content))
  })

  it('give back the same report after it is stored and loaded as a Yjs update', () => {
    const content = richReport()
    const loaded = new Y.Doc()
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(jsonToDocument(content)))

    expect(documentToJson(loaded)).toEqual(normalised(content))
  })

  it('drop an element the schema does not know, without editing the document they read', () => {
    const doc = new Y.Doc()
    const script = new Y.XmlElement('script')
    script.insert(0, [new Y.XmlText('alert(1)')])
    doc.getXmlFragment(DOCUMENT_FRAGMENT).insert(0, [paragraphElement('Kept.'), script])
    const before = Y.encodeStateVector(doc)

    expect(documentToJson(doc)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kept.' }] }] })
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(doc.getXmlFragment(DOCUMENT_FRAGMENT).length).toBe(2)
  })

  it('still export a report in which a client put text outside any paragraph', () => {
    const doc = new Y.Doc()
    doc.getXmlFragment(DOCUMENT_FRAGMENT).insert(0, [new Y.XmlText('stray'), paragraphElement('Kept.')])

    expect(documentToJson(doc)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kept.' }] }] })
  })
})
