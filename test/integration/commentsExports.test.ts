/**
 * Comments in exports: never in the report's HTML or any format of the executive summary; the
 * panel's confidential report with comments shows every thread (detached ones last, with their
 * quote); and the public summary's leak check refuses an export that carries a comment's text.
 */
import { describe, expect, it } from 'vitest'
import { writePublicRoles } from '../../shared/redaction/registerDoc.js'
import { startThread, replyToThread, setResolved } from '../../shared/comments/threads.js'
import { connectProvider } from '../helpers/providers.js'
import { appendParagraph, setSectionAudience } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, DEMO_REVIEW, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'
import { commentOn, editWith, findText } from '../server/comments/commentEdits.js'

const FILES = ['executive-summary.html', 'executive-summary.md', 'executive-summary.docx', 'executive-summary.pdf']
const COMMENT_BODY = 'Panel view: the school nurse raised this twice without reply.'

async function reviewWithComments() {
  const server = await startTestServer()
  const idOf = (email: string) => server.accounts.findByEmail(email)?.id ?? ''
  const authorToken = await server.login(ACCOUNTS.author)
  const author = await connectProvider(server.collabUrl, authorToken)
  const authorUser = { id: idOf(ACCOUNTS.author), name: server.accounts.findByEmail(ACCOUNTS.author)?.name ?? '' }
  const { doc } = author
  doc.transact(() => {
    writePublicRoles(doc, { boardName: 'Northshire Safeguarding Children Board', boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Dr Ruth Hale', panelMembers: [] })
    setSectionAudience(doc, 'introduction', 'both')
    setSectionAudience(doc, 'recommendations', 'both')
  })
  appendParagraph(doc, 'Agencies should share concerns about missed appointments. A deleted sentence here.')
  commentOn(doc, 'thr_export0001', 'share concerns about missed appointments', authorUser, COMMENT_BODY)
  replyToThread(doc, 'thr_export0001', { author: authorUser, body: 'Agreed <b>bold</b> & noted.', mentions: [], now: '2024-03-02T09:30:00.000Z' })
  setResolved(doc, 'thr_export0001', true, authorUser.id, '2024-03-03T09:30:00.000Z')
  commentOn(doc, 'thr_detached01', 'A deleted sentence here.', authorUser, 'Is this sentence needed?')
  editWith(doc, (tr, report) => {
    const { from, to } = findText(report, ' A deleted sentence here.')
    tr.delete(from, to)
  })
  await waitFor('the server has the comments', () => server.collab.registry.find(DEMO_REPORT)?.doc.getMap('comments').size === 2)
  return { server, author, authorToken }
}

describe('comments in exports', () => {
  it('leaves comments out of the report HTML and every summary format', async () => {
    const { server, authorToken } = await reviewWithComments()
    const report = await (await server.fetchAs(authorToken, `/api/reviews/${DEMO_REVIEW}/report.html`)).text()
    expect(report).toContain('share concerns about missed appointments')
    expect(report).not.toMatch(/data-comment|thr_export0001|school nurse raised/)
    for (const file of FILES) {
      const response = await server.fetchAs(authorToken, `/api/reviews/${DEMO_REVIEW}/exports/${file}`)
      expect(response.status, `${file}: ${await response.clone().text()}`).toBe(200)
      const body = Buffer.from(await response.arrayBuffer()).toString('latin1')
      expect(body).not.toMatch(/data-comment|thr_export0001|thr_detached01/)
    }
    const summary = await (await server.fetchAs(authorToken, `/api/reviews/${DEMO_REVIEW}/summary`)).json()
    expect(summary.html).not.toMatch(/data-comment|thr_export0001/)
  })

  it('gives the author and the panel the report with comments, recorded, and nobody else', async () => {
    const { server, authorToken } = await reviewWithComments()
    const path = `/api/reviews/${DEMO_REVIEW}/exports/report-with-comments.html`
    const panel = await server.login(ACCOUNTS.panel)
    const response = await server.fetchAs(panel, path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('report-with-comments.html')
    const html = await response.text()
    expect(html).toContain('<mark class="comment" data-comment="1">share concerns about missed appointments</mark>')
    expect(html).toContain('<a href="#comment-1">Comment 1</a>')
    expect(html).toContain(COMMENT_BODY)
    expect(html).toContain('Agreed &#60;b&#62;bold&#60;/b&#62; &#38; noted.')
    expect(html).not.toContain('<b>bold</b>')
    expect(html).toMatch(/Resolved by [^<]+, 3 Mar 2024/)
    expect(html.indexOf('Detached comments')).toBeGreaterThan(html.indexOf(COMMENT_BODY))
    expect(html.slice(html.indexOf('Detached comments'))).toContain('A deleted sentence here.')
    expect(html.slice(html.indexOf('Detached comments'))).toContain('Is this sentence needed?')
    expect((await server.fetchAs(authorToken, path)).status).toBe(200)
    for (const email of [ACCOUNTS.comms, ACCOUNTS.agency, ACCOUNTS.admin]) {
      const refused = await server.fetchAs(await server.login(email), path)
      expect(refused.status, email).toBe(403)
      expect(await refused.text()).not.toContain('school nurse')
    }
    const events = await server.audit.read({ reviewId: DEMO_REVIEW })
    expect(events.filter((event) => event.action === 'export.downloaded' && event.details.export === 'report-with-comments.html')).toHaveLength(2)
  })

  it('refuses a public export that would carry a comment\'s text, in every format', async () => {
    const { server, author, authorToken } = await reviewWithComments()
    appendParagraph(author.doc, `As the panel said: ${COMMENT_BODY.toUpperCase()}`)
    await waitFor('the server has the pasted text', () => JSON.stringify(server.collab.registry.find(DEMO_REPORT)?.doc.getXmlFragment('default').toJSON()).includes('SCHOOL NURSE'))
    const comms = await server.login(ACCOUNTS.comms)
    for (const file of FILES) {
      const refused = await server.fetchAs(authorToken, `/api/reviews/${DEMO_REVIEW}/exports/${file}`)
      const body = await refused.json()
      expect(refused.status, file).toBe(409)
      expect(body.error.code).toBe('leak_check_failed')
      expect(body.error.details.findings).toContainEqual(expect.objectContaining({ kind: 'comment', label: 'Text of a comment', text: COMMENT_BODY, place: expect.objectContaining({ from: expect.any(Number) }) }))
      const forComms = await server.fetchAs(comms, `/api/reviews/${DEMO_REVIEW}/exports/${file}`)
      expect(forComms.status).toBe(409)
      expect(await forComms.text()).not.toMatch(/school nurse/i)
    }
  })
})
