import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { RegisterMatcher } from '../../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../../shared/schema/index.js'
import { extractPdfText } from '../../../server/export/pdfText.js'
import { checkRenderedSummary, renderCheckedSummary } from '../../../server/export/summaryExport.js'
import { charactersOutsideWinAnsi, renderSummaryPdf, toWinAnsi } from '../../../server/export/summaryPdf.js'
import { bytesOf, paragraphNode, summarySourceOf, textNode } from '../../support/summarySource.js'
import { REGISTER, REPORT, ROLES } from './golden/childK.js'

const TITLE = 'Executive summary: Child K'
const BOARD = 'Northshire Safeguarding Children Board'
const text = textNode
const paragraph = paragraphNode

const source = () => summarySourceOf(REPORT, REGISTER, ROLES)


async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Map((await extractPdfText(bytes)).map(({ part, text }) => [part, text]))
}

describe('the executive summary as a PDF', () => {
  it('has the title, headings, paragraphs, list items and table cells as selectable text, and page numbers', async () => {
    const { body, findings } = await renderCheckedSummary(source(), 'pdf')
    expect(findings).toEqual([])
    const bytes = bytesOf(body)
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    const parts = await partsOf(bytes)
    const lines = (parts.get('page 1') ?? '').split('\n')

    expect(lines[0]).toBe(TITLE)
    expect(lines).toContain('Introduction and reasons for the review')
    expect(lines).toContain('The review panel')
    expect(lines).toContain('Mother told the health visitor that Mother’s partner had moved in.')
    expect(lines).toContain('• The child was not seen alone by any agency.')
    expect(lines).toContain('• Detective Inspector, Northshire Police')
    expect(lines).toContain('The voice of the child was not heard Health, Children’s Social Care')
    expect(lines).toContain('1. The board should make sure that children are seen alone.')
    expect(lines.at(-1)).toBe(`Page 1 of ${[...parts.keys()].filter((part) => part.startsWith('page ')).length}`)
    expect(parts.get('bookmarks')?.split('\n')).toEqual([TITLE, 'Introduction and reasons for the review', 'The review panel', 'Summary of events', 'Key issues', 'Recommendations'])
    expect([...parts.values()].join('\n')).not.toMatch(/Kayden|Brooks|Janey|Carter|Oakfield|Terms of reference/i)
  })

  it('reads a word split across bold and plain runs as one word, and a hard break as a new line', async () => {
    const bytes = await renderSummaryPdf({ type: 'doc', content: [paragraph(text('Met '), text('J', 'bold'), text('ane', 'italic'), text(' at home.'), { type: 'hardBreak' }, text('Next line.', 'underline', 'strike'))] }, { title: TITLE, publisher: BOARD })

    expect((await partsOf(bytes)).get('page 1')).toContain('Met Jane at home.\nNext line.')
  })

  it('never joins the last word of a line to the first of the next', async () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')
    const bytes = await renderSummaryPdf({ type: 'doc', content: [paragraph(text(words))] }, { title: TITLE, publisher: BOARD })
    const pageText = (await partsOf(bytes)).get('page 1') ?? ''

    expect(pageText.split(/\s+/).filter((word) => word.startsWith('word'))).toEqual(words.split(' '))
  })

  it('has neutral metadata: the title, the board’s name, the product, and nothing else that could identify anyone', async () => {
    const parts = await partsOf(await renderSummaryPdf(source().summary.doc, { title: TITLE, publisher: BOARD }))
    const metadata = (parts.get('metadata') ?? '').split('\n')
    const words = metadata.filter((line) => !/^D:\d{14}Z$|^1\.\d$|^en-GB$/.test(line))

    expect(words.sort()).toEqual([TITLE, BOARD, BOARD, 'Overview Studio'].sort())
  })

  it('finds a name that reaches only the metadata (the author), in the metadata part', async () => {
    const named = { ...source(), roles: { ...ROLES, boardName: 'Jane Brooks' } }
    const { findings } = await renderCheckedSummary(named, 'pdf')

    expect(findings).toEqual([expect.objectContaining({ text: 'Jane Brooks', label: 'Family member', part: 'metadata' })])
  })

  it('shows characters the standard fonts lack as their plain letter or "?", and still checks the text as written', async () => {
    const content: JSONContent = { type: 'doc', content: [paragraph(text('Visited Gdańsk with Łukasz 😀 and Zoë “quoted” – €5.'))] }
    const bytes = await renderSummaryPdf(content, { title: TITLE, publisher: BOARD })
    expect((await partsOf(bytes)).get('page 1')).toContain('Visited Gdansk with ?ukasz ? and Zoë “quoted” – €5.')
    expect(charactersOutsideWinAnsi('Gdańsk Łukasz 😀 Zoë “€”')).toEqual(['ń', 'Ł', '😀'])
    expect(toWinAnsi('ﬁle Ł')).toBe('file ?')

    const lukasz = { id: 'lukasz00000001', realName: 'Łukasz Nowak', aliases: ['Łukasz'], category: 'family' as const, pseudonym: 'Uncle' }
    const report = getReportSchema().nodeFromJSON({ type: 'doc', content: [paragraph(text('Łukasz visited.'))] })
    const leaking = {
      ...source(),
      report,
      summary: { title: TITLE, doc: content, sections: [], warnings: [] },
      scanner: { matcher: new RegisterMatcher([lukasz]), memberNames: new RegisterMatcher([]), accepted: [] },
    }
    const findings = await checkRenderedSummary(leaking, 'pdf', bytes)
    expect(findings).toEqual([expect.objectContaining({ text: 'Łukasz', part: 'text before PDF encoding' })])
  })
})

describe('extractPdfText', () => {
  it('fails closed on bytes that are not a PDF, and the export refuses with a finding', async () => {
    await expect(extractPdfText(new TextEncoder().encode('Jane Brooks'))).rejects.toMatchObject({ part: 'file' })
    const findings = await checkRenderedSummary(source(), 'pdf', new TextEncoder().encode('%PDF-1.3\nJane Brooks'))

    expect(findings).toEqual([expect.objectContaining({ label: 'Part that could not be checked', part: 'file', place: null })])
  })

  it('leaves the bytes it was given whole, so they can still be sent', async () => {
    const bytes = await renderSummaryPdf(source().summary.doc, { title: TITLE, publisher: BOARD })
    const length = bytes.byteLength
    await extractPdfText(bytes)

    expect(bytes.byteLength).toBe(length)
  })
})
