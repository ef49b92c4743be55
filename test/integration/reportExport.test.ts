import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { connectProvider } from '../helpers/providers.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, fetchReportHtml, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('GET /api/reviews/:id/report.html', () => {
  it('renders the report as a page of its own that runs no scripts', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const response = await server.fetchAs(author, '/api/reviews/child-k/report.html')
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(html).toContain('<title>Overview report: Child K</title>')
    expect(html).toContain('Terms of reference')
    expect(html).toContain('Was Child K seen, and seen alone')
  })

  it('shows what collaborators typed a moment ago', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const provider = await connectProvider(server.collabUrl, author)
    const typed = uniqueText('Agencies met on 3 March')

    appendParagraph(provider.doc, typed)

    await waitFor('the export shows the edit', async () => (await fetchReportHtml(server.url, author)).includes(typed))
  })

  it('shows markup and a javascript: link that a collaborator stored as harmless text', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const provider = await connectProvider(server.collabUrl, author)
    const marker = uniqueText('click here')
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    text.insert(0, '<script>alert("K")</script> ')
    text.insert(text.length, marker, { link: { href: 'javascript:alert(document.cookie)' } })
    paragraph.insert(0, [text])
    provider.doc.getXmlFragment(DOCUMENT_FRAGMENT).push([paragraph])

    await waitFor('the export shows the edit', async () => (await fetchReportHtml(server.url, author)).includes(marker))
    const html = await fetchReportHtml(server.url, author)

    expect(html).not.toContain('<script')
    expect(html.toLowerCase()).not.toContain('javascript:')
  })

  it('still renders, and leaves the report untouched, when a client stored content the schema does not allow', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const provider = await connectProvider(server.collabUrl, author)
    const fragment = provider.doc.getXmlFragment(DOCUMENT_FRAGMENT)
    const typed = uniqueText('typed after the odd content')
    fragment.push([new Y.XmlText('text outside any paragraph'), new Y.XmlElement('marquee')])
    appendParagraph(provider.doc, typed)
    const stored = Y.encodeStateVector(provider.doc)
    const serverDoc = server.collab.registry.find(DEMO_REPORT)?.doc
    await waitFor('the server has the edits', () => serverDoc !== undefined && hasText(serverDoc, typed))

    const html = await fetchReportHtml(server.url, author)

    expect(html).toContain(typed)
    expect(html).not.toContain('marquee')
    expect(html).not.toContain('text outside any paragraph')
    expect(serverDoc && Y.encodeStateVector(serverDoc)).toEqual(stored)
  })
})
