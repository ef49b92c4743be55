import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { DOCUMENT_FRAGMENT } from '../../../shared/schema/index.js'
import { isTemplateSeeded, seedTemplateIfNew } from '../../../server/mediaStatement/statementTemplate.js'
import { appendParagraph } from '../../helpers/reportEdits.js'

describe('seeding the media statement template', () => {
  it('writes the template into an empty statement once, and never again, even once people empty it', () => {
    const doc = new Y.Doc()
    const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)

    expect(seedTemplateIfNew(doc)).toBe(true)
    const seeded = fragment.length
    expect(seeded).toBe(10)
    expect(isTemplateSeeded(doc)).toBe(true)
    expect(seedTemplateIfNew(doc)).toBe(false)
    expect(fragment.length).toBe(seeded)

    fragment.delete(0, fragment.length)
    expect(seedTemplateIfNew(doc)).toBe(false)
    expect(fragment.length).toBe(0)
  })

  it('never writes over text that is already there, marker or not', () => {
    const doc = new Y.Doc()
    appendParagraph(doc, 'Our own statement.')
    expect(seedTemplateIfNew(doc)).toBe(false)
    expect(doc.getXmlFragment(DOCUMENT_FRAGMENT).length).toBe(1)
  })
})
