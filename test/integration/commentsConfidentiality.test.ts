/**
 * Comments are part of the report's Y.Doc, which the comms lead and agency IMR authors can never
 * open: the socket for it is refused before any content is sent, and no route gives them a comment's
 * text, its thread id or a notification of it.
 */
import { describe, expect, it } from 'vitest'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { startThread } from '../../shared/comments/threads.js'
import { connectProvider } from '../helpers/providers.js'
import { documentUrl, refusedUpgrade } from '../helpers/rawSocket.js'
import { ACCOUNTS, DEMO_REPORT, DEMO_REVIEW, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'
import { commentOn } from '../server/comments/commentEdits.js'
import { appendParagraph } from '../helpers/reportEdits.js'

const SECRET = 'Secret panel remark xq7w about the school nurse'

describe('comments never reach those who may not read the report', () => {
  it('gives the comms lead and the agency author no socket and no route with a comment in it', async () => {
    const server = await startTestServer()
    const idOf = (email: string) => server.accounts.findByEmail(email)?.id ?? ''
    const author = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const authorUser = { id: idOf(ACCOUNTS.author), name: 'Author' }
    appendParagraph(author.doc, 'Recommendation text for the summary.')
    commentOn(author.doc, 'thr_secret0001', 'Recommendation text', authorUser, SECRET)
    startThread(author.doc, 'thr_secret0002', 'gone', { author: authorUser, body: `${SECRET}, mentioning @Comms`, mentions: [idOf(ACCOUNTS.comms), idOf(ACCOUNTS.agency)], now: new Date().toISOString() })
    await waitFor('the server has the comments', () => server.collab.registry.find(DEMO_REPORT)?.doc.getMap('comments').size === 2)

    for (const email of [ACCOUNTS.comms, ACCOUNTS.agency]) {
      const token = await server.login(email)
      const refused = await refusedUpgrade(documentUrl(server.collabUrl, reviewDocumentName({ reviewId: DEMO_REVIEW, kind: 'report' }), token))
      expect(refused.status, email).toBe(403)
      const paths = [
        '/api/notifications',
        `/api/reviews/${DEMO_REVIEW}`,
        `/api/reviews/${DEMO_REVIEW}/report.html`,
        `/api/reviews/${DEMO_REVIEW}/summary`,
        `/api/reviews/${DEMO_REVIEW}/exports/report-with-comments.html`,
        ...['html', 'md', 'docx', 'pdf'].map((format) => `/api/reviews/${DEMO_REVIEW}/exports/executive-summary.${format}`),
        `/api/reviews/${DEMO_REVIEW}/imrs`,
        `/api/reviews/${DEMO_REVIEW}/imrs/health`,
        `/api/reviews/${DEMO_REVIEW}/imrs/health/analysis`,
      ]
      for (const path of paths) {
        const body = Buffer.from(await (await server.fetchAs(token, path)).arrayBuffer()).toString('latin1')
        expect(body, `${email} ${path}`).not.toMatch(/xq7w|thr_secret|school nurse/i)
      }
    }
  })
})
