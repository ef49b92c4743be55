import { Fragment, Slice } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { extractDocxText } from '../../server/export/docxText.js'
import { recommendationJson } from '../../shared/schema/index.js'
import { connectProvider } from '../helpers/providers.js'
import { editReport, setSectionAudience } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const MARKDOWN = '/api/reviews/child-k/exports/executive-summary.md'
const DOCX = '/api/reviews/child-k/exports/executive-summary.docx'
const REPORT_HTML = '/api/reviews/child-k/report.html'
const WITH_COMMENTS = '/api/reviews/child-k/exports/report-with-comments.html'

/** Where each label first appears in `text`, failing the test when one is missing. */
function positionsOf(text: string, labels: string[]): number[] {
  return labels.map((label) => {
    const position = text.indexOf(label)
    expect(position, `${label} is in the file`).toBeGreaterThanOrEqual(0)
    return position
  })
}

describe('recommendations and findings in the exports', () => {
  it('reads them numbered, addressed and linked, and renumbers them after one is inserted before the others', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const { doc } = await connectProvider(server.collabUrl, author)
    doc.transact(() => {
      setSectionAudience(doc, 'keyIssues', 'both')
      setSectionAudience(doc, 'recommendations', 'both')
    })
    const comms = await server.login(ACCOUNTS.comms)
    const serverReport = () => server.collab.registry.find(DEMO_REPORT)?.doc.getXmlFragment('default').toString() ?? ''
    await waitFor('the server has the audiences', () => serverReport().includes('audience="both"'))

    const first = await server.fetchAs(comms, MARKDOWN)
    expect(first.status).toBe(200)
    // Labels are bold (`**Recommendation 1:**`); the words are what is checked here.
    const markdown = (await first.text()).replaceAll('**', '')
    const order = positionsOf(markdown, ['Finding 1:', 'Finding 2:', 'Recommendation 1: The partnership should', 'Recommendation 2: Children', 'Recommendation 3: Health visitors'])
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(markdown).toContain('(addressed to the safeguarding board, answers finding 1)')
    expect(markdown).toMatch(/\(addressed to Children.s Social Care and Police, answers finding 1\)/)
    expect(markdown).toContain('(addressed to Community Health (health visiting), answers finding 2)')

    // Someone inserts a recommendation before the first: every number after it moves on one.
    editReport(doc, (report) => {
      let position = -1
      report.descendants((node, pos) => {
        if (position < 0 && node.type.name === 'recommendation') position = pos
        return position < 0
      })
      const inserted = report.type.schema.nodeFromJSON(recommendationJson({ text: 'Schools should be told of every referral.', addressees: ['education'] }, 'rcm_inserted01'))
      return report.replace(position, position, new Slice(Fragment.from(inserted), 0, 0))
    })
    await waitFor('the server has the new recommendation', () => serverReport().includes('Schools should be told'))

    const after = (await (await server.fetchAs(comms, MARKDOWN)).text()).replaceAll('**', '')
    const renumbered = positionsOf(after, ['Recommendation 1: Schools should', 'Recommendation 2: The partnership should', 'Recommendation 3: Children', 'Recommendation 4: Health visitors'])
    expect([...renumbered].sort((a, b) => a - b)).toEqual(renumbered)
    expect(after).toContain('(addressed to Primary school)')

    // Word reads the same numbered paragraphs.
    const docx = await server.fetchAs(comms, DOCX)
    expect(docx.status).toBe(200)
    const documentText = (await extractDocxText(new Uint8Array(await docx.arrayBuffer()))).find(({ part }) => part === 'word/document.xml')?.text ?? ''
    const inWord = positionsOf(documentText, ['Finding 1: ', 'Recommendation 1: Schools should', 'Recommendation 4: Health visitors'])
    expect([...inWord].sort((a, b) => a - b)).toEqual(inWord)

    for (const path of [REPORT_HTML, WITH_COMMENTS]) {
      const html = await (await server.fetchAs(author, path)).text()
      const places = positionsOf(html, ['Finding 1:', 'Finding 2:', 'Recommendation 1:', 'Recommendation 2:', 'Recommendation 3:', 'Recommendation 4:'])
      expect([...places].sort((a, b) => a - b)).toEqual(places)
      expect(html).toContain('Police, answers finding 1)')
    }
  })
})
