import type { JSONContent } from '@tiptap/core'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { extractDocxText, readDocxParts } from '../../../server/export/docxText.js'
import { renderSummaryDocx } from '../../../server/export/summaryDocx.js'
import { checkRenderedSummary, renderCheckedSummary } from '../../../server/export/summaryExport.js'
import { bytesOf, paragraphNode, summarySourceOf, textNode } from '../../support/summarySource.js'
import { REGISTER, REPORT, ROLES } from './golden/childK.js'

const TITLE = 'Executive summary: Child K'
const BOARD = 'Northshire Safeguarding Children Board'
const text = textNode
const paragraph = paragraphNode

const source = () => summarySourceOf(REPORT, REGISTER, ROLES)


async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Map((await extractDocxText(bytes)).map(({ part, text }) => [part, text]))
}

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [path, content] of Object.entries(files)) zip.file(path, content)
  return zip.generateAsync({ type: 'uint8array' })
}

describe('the executive summary as a Word document', () => {
  it('has the title, headings, paragraphs, list items and table cells as text a reader sees', async () => {
    const { body, findings } = await renderCheckedSummary(source(), 'docx')
    expect(findings).toEqual([])
    const documentText = (await partsOf(bytesOf(body))).get('word/document.xml') ?? ''
    const lines = documentText.split('\n')

    expect(lines[0]).toBe(TITLE)
    expect(lines).toContain('Introduction and reasons for the review')
    expect(lines).toContain('The review panel')
    expect(lines).toContain('Mother told the health visitor that Mother’s partner had moved in.')
    expect(lines).toContain('The child was not seen alone by any agency.')
    expect(lines).toContain('Detective Inspector, Northshire Police')
    expect(lines).toContain('The voice of the child was not heard')
    expect(lines).toContain('Health, Children’s Social Care')
    expect(lines).toContain('The board should make sure that children are seen alone.')
    expect(documentText).not.toMatch(/Kayden|Brooks|Janey|Carter|Oakfield|Terms of reference/i)
  })

  it('uses Word’s own headings, numbering, table header row and British English', async () => {
    const bytes = await renderSummaryDocx(source().summary.doc, { title: TITLE, publisher: BOARD })
    const zip = await JSZip.loadAsync(bytes)
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? ''
    const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? ''

    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Executive summary: Child K</)
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>')
    expect(documentXml).toContain('<w:pStyle w:val="Heading3"/>')
    expect(documentXml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/)
    expect(numberingXml).toContain('<w:numFmt w:val="bullet"/>')
    expect(numberingXml).toContain('<w:numFmt w:val="decimal"/>')
    expect(documentXml).toContain('<w:tblHeader/>')
    expect(stylesXml).toContain('<w:lang w:val="en-GB"/>')
  })

  it('reads a word split across bold and plain runs, and a hard break, as a reader does', async () => {
    const bytes = await renderSummaryDocx({ type: 'doc', content: [paragraph(text('Met '), text('J', 'bold'), text('ane', 'italic'), text(' at home.'), { type: 'hardBreak' }, text('Next line.', 'underline', 'strike'))] }, { title: TITLE, publisher: BOARD })
    const documentText = (await partsOf(bytes)).get('word/document.xml') ?? ''

    expect(documentText).toContain('Met Jane at home.\nNext line.')
  })

  it('has neutral properties: the title and the board’s name, and nothing else that could identify anyone', async () => {
    const parts = await partsOf(await renderSummaryDocx(source().summary.doc, { title: TITLE, publisher: BOARD }))
    const core = (parts.get('docProps/core.xml') ?? '').split('\n')
    const words = core.filter((line) => !/^\d+$|^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(line))

    expect(words).toEqual([TITLE, BOARD, BOARD])
    expect(parts.get('docProps/app.xml')).toBe('')
    expect(parts.get('docProps/custom.xml')).toBe('')
    expect(parts.get('word/comments.xml')?.trim()).toBe('')
  })

  it('finds a name that reaches only the properties (the creator), in docProps/core.xml', async () => {
    // The summary's text was composed with the real board name: only the file's creator is "Jane Brooks".
    const named = { ...source(), roles: { ...ROLES, boardName: 'Jane Brooks' } }
    const { findings } = await renderCheckedSummary(named, 'docx')

    expect(findings).toEqual([expect.objectContaining({ text: 'Jane Brooks', label: 'Family member', part: 'docProps/core.xml' })])
  })
})

describe('extractDocxText', () => {
  it('returns every XML part by its path, with each part’s text', async () => {
    const bytes = await zipOf({
      'word/document.xml': '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Ka</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>yden</w:t></w:r></w:p><w:p><w:r><w:t>Second &amp; last</w:t></w:r></w:p></w:body></w:document>',
      'word/header1.xml': '<w:hdr xmlns:w="w"><w:p><w:r><w:t><![CDATA[Kay]]></w:t></w:r></w:p></w:hdr>',
      'docProps/core.xml': '<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Title</dc:title><dc:subject>Jane Brooks</dc:subject></cp:coreProperties>',
      'customXml/item1.xml': '<root><!-- Kayden --><name first="Lee">Carter</name></root>',
    })

    expect(await extractDocxText(bytes)).toEqual([
      { part: 'word/document.xml', text: 'Kayden\nSecond & last' },
      { part: 'word/header1.xml', text: 'Kay' },
      { part: 'docProps/core.xml', text: 'Title\nJane Brooks' },
      { part: 'customXml/item1.xml', text: 'Carter' },
    ])
    expect((await readDocxParts(bytes)).find(({ part }) => part === 'customXml/item1.xml')?.markup).toBe(' Kayden \nLee')
  })

  it.each([
    ['a part that is not XML', { 'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }, 'word/media/image1.png'],
    ['a part that is not well-formed', { 'word/document.xml': '<w:document><w:p><w:t>Jane</w:p></w:document>' }, 'word/document.xml'],
    ['a part with a DOCTYPE', { 'docProps/core.xml': '<!DOCTYPE x [<!ENTITY n "Jane">]><x>&n;</x>' }, 'docProps/core.xml'],
    ['a part in UTF-16', { 'docProps/app.xml': new Uint8Array([...'<x>Jane</x>'].flatMap((character) => [character.charCodeAt(0), 0])) }, 'docProps/app.xml'],
  ])('fails closed on %s, naming it', async (_, files, part) => {
    await expect(extractDocxText(await zipOf(files))).rejects.toMatchObject({ part })
  })

  it('refuses a file that is not a zip, and the export refuses with a finding nobody can accept', async () => {
    await expect(extractDocxText(new TextEncoder().encode('Jane Brooks'))).rejects.toMatchObject({ part: 'file' })
    const accepting = { ...source(), scanner: { ...source().scanner, accepted: [{ text: 'file' }] } }
    const findings = await checkRenderedSummary(accepting, 'docx', new TextEncoder().encode('not a zip'))

    expect(findings).toEqual([expect.objectContaining({ label: 'Part that could not be checked', part: 'file', place: null })])
  })
})
