import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectProvider } from '../helpers/providers.js'
import { appendMarkedParagraph } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('removing a redaction', () => {
  it('is recorded in the audit log with who did it, and without the text', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const panelProvider = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const paragraph = appendMarkedParagraph(panelProvider.doc, [{ text: 'Jane', marks: { redaction: { entityId: 'mother00000001', category: 'family', reason: null } } }, ' visited.'])
    const serverDoc = () => server.collab.registry.find(DEMO_REPORT)?.doc
    await waitFor('the server has the redaction', () => JSON.stringify(serverDoc()?.getXmlFragment('default').toJSON() ?? '').includes('visited.'))

    const text = paragraph.get(0) as Y.XmlText
    text.format(0, 4, { redaction: null })

    await waitFor('the removal is in the audit log', async () => {
      const { events } = await (await server.fetchAs(author, '/api/reviews/child-k/audit')).json()
      return events.some((event: { action: string }) => event.action === 'redaction.removed')
    })
    const { events } = await (await server.fetchAs(author, '/api/reviews/child-k/audit')).json()
    const removal = events.find((event: { action: string }) => event.action === 'redaction.removed')
    expect(removal).toMatchObject({ actorEmail: ACCOUNTS.panel, reviewId: 'child-k', details: { spans: 1 } })
    expect(JSON.stringify(removal)).not.toContain('Jane')
  })
})
