/**
 * Mentions in comments notify the review members they name who may read the report: listed newest
 * first with the review's title as it is now and the unread count, marked read one by one, kept on
 * disk, and left out once the person no longer belongs to the review or may no longer read its report.
 */
import { describe, expect, it } from 'vitest'
import { NotificationListSchema, MAX_NOTIFICATION_EXCERPT } from '../../shared/api/notifications.js'
import { editMessage, readThread, replyToThread, startThread } from '../../shared/comments/threads.js'
import { connectProvider } from '../helpers/providers.js'
import { ACCOUNTS, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const NOW = '2024-03-01T10:00:00.000Z'

async function listFor(server: TestServer, token: string) {
  const response = await server.fetchAs(token, '/api/notifications')
  expect(response.status).toBe(200)
  return NotificationListSchema.parse(await response.json())
}

describe('notifications of mentions', () => {
  it('notifies the members mentioned who may read the report, newest first, and marks them read', async () => {
    const server = await startTestServer()
    const idOf = (email: string) => server.accounts.findByEmail(email)?.id ?? ''
    const [authorToken, panelToken, commsToken] = await Promise.all([ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.comms].map((email) => server.login(email)))
    const author = await connectProvider(server.collabUrl, authorToken)
    const authorUser = { id: idOf(ACCOUNTS.author), name: 'Author' }
    const long = `@Panel please look at this. ${'More detail. '.repeat(40)}`
    // The comms lead and the agency author cannot read the report: never notified. Nor is the writer.
    startThread(author.doc, 'thr_mention001', 'text', { author: authorUser, body: long, mentions: [idOf(ACCOUNTS.panel), idOf(ACCOUNTS.comms), idOf(ACCOUNTS.agency), authorUser.id], now: NOW })
    await waitFor('the panel member is notified', async () => (await listFor(server, panelToken)).unreadCount === 1)
    replyToThread(author.doc, 'thr_mention001', { author: authorUser, body: 'And again, @Panel.', mentions: [idOf(ACCOUNTS.panel)], now: NOW })
    await waitFor('the panel member is notified again', async () => (await listFor(server, panelToken)).unreadCount === 2)

    const list = await listFor(server, panelToken)
    expect(list.notifications.map((notification) => notification.excerpt)).toEqual(['And again, @Panel.', expect.stringMatching(/^@Panel please look at this\. More detail\./)])
    expect(list.notifications[1].excerpt.length).toBeLessThanOrEqual(MAX_NOTIFICATION_EXCERPT)
    expect(list.notifications[0]).toMatchObject({ kind: 'comment.mention', reviewId: DEMO_REVIEW, reviewTitle: 'Child K', threadId: 'thr_mention001', authorName: server.accounts.findByEmail(ACCOUNTS.author)?.name, read: false })
    expect((await listFor(server, commsToken)).notifications).toEqual([])
    expect((await listFor(server, authorToken)).notifications).toEqual([])

    const read = await server.fetchAs(panelToken, `/api/notifications/${list.notifications[0].id}/read`, { method: 'POST' })
    expect(read.status).toBe(200)
    expect((await read.json()).notification).toMatchObject({ read: true, reviewTitle: 'Child K' })
    expect((await listFor(server, panelToken)).unreadCount).toBe(1)
    // Another person's notification is not theirs to mark.
    expect((await server.fetchAs(commsToken, `/api/notifications/${list.notifications[1].id}/read`, { method: 'POST' })).status).toBe(404)
    expect((await server.fetchAs(panelToken, '/api/notifications/ntf_nosuchone1/read', { method: 'POST' })).status).toBe(404)
  })

  it('notifies only the mentions an edit adds, keeps them across a restart, and hides them once the person leaves the review', async () => {
    const server = await startTestServer()
    const idOf = (email: string) => server.accounts.findByEmail(email)?.id ?? ''
    const author = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const authorUser = { id: idOf(ACCOUNTS.author), name: 'Author' }
    startThread(author.doc, 'thr_mention002', 'text', { author: authorUser, body: '@Panel first', mentions: [idOf(ACCOUNTS.panel)], now: NOW })
    const panelToken = await server.login(ACCOUNTS.panel)
    const panel2Token = await server.login(ACCOUNTS.panel2)
    await waitFor('the panel member is notified', async () => (await listFor(server, panelToken)).notifications.length === 1)
    const [message] = readThread(author.doc, 'thr_mention002')?.messages ?? []
    editMessage(author.doc, 'thr_mention002', message.id, '@Panel first, and @Panel2', [idOf(ACCOUNTS.panel), idOf(ACCOUNTS.panel2)], NOW)
    await waitFor('the second panel member is notified', async () => (await listFor(server, panel2Token)).notifications.length === 1)
    expect((await listFor(server, panelToken)).notifications).toHaveLength(1)

    author.disconnect()
    await server.close()
    const restarted = await startTestServer({ dataDir: server.dataDir })
    const panelAgain = await restarted.login(ACCOUNTS.panel)
    expect((await listFor(restarted, panelAgain)).notifications).toHaveLength(1)
    const admin = await restarted.login(ACCOUNTS.admin)
    const removed = await restarted.fetchAs(admin, `/api/reviews/${DEMO_REVIEW}/members/${idOf(ACCOUNTS.panel)}`, { method: 'DELETE' })
    expect(removed.status).toBe(204)
    const afterLeaving = await restarted.login(ACCOUNTS.panel)
    expect(await listFor(restarted, afterLeaving)).toEqual({ notifications: [], unreadCount: 0 })
  })

  it('names the review as it is called now, and leaves out those of a review whose report the person may no longer read', async () => {
    const server = await startTestServer()
    const idOf = (email: string) => server.accounts.findByEmail(email)?.id ?? ''
    const author = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const authorUser = { id: idOf(ACCOUNTS.author), name: 'Author' }
    startThread(author.doc, 'thr_mention003', 'text', { author: authorUser, body: '@Panel have a look', mentions: [idOf(ACCOUNTS.panel)], now: NOW })
    const panelToken = await server.login(ACCOUNTS.panel)
    await waitFor('the panel member is notified', async () => (await listFor(server, panelToken)).notifications.length === 1)
    const [notification] = (await listFor(server, panelToken)).notifications
    expect(notification.reviewTitle).toBe('Child K')

    const admin = await server.login(ACCOUNTS.admin)
    expect((await server.fetchAs(admin, `/api/reviews/${DEMO_REVIEW}`, { method: 'PATCH', json: { title: 'Child K (renamed)' } })).status).toBe(200)
    expect((await listFor(server, panelToken)).notifications.map((shown) => shown.reviewTitle)).toEqual(['Child K (renamed)'])

    // Still a member, but as communications lead: the thread and the notification are closed to them.
    const demoted = await server.fetchAs(admin, `/api/reviews/${DEMO_REVIEW}/members`, { method: 'POST', json: { email: ACCOUNTS.panel, role: 'comms' } })
    expect(demoted.status).toBe(201)
    expect(await listFor(server, panelToken)).toEqual({ notifications: [], unreadCount: 0 })
    expect((await server.fetchAs(panelToken, `/api/notifications/${notification.id}/read`, { method: 'POST' })).status).toBe(404)

    // Back on the panel, they see it again, unread.
    await server.fetchAs(admin, `/api/reviews/${DEMO_REVIEW}/members`, { method: 'POST', json: { email: ACCOUNTS.panel, role: 'panel' } })
    expect(await listFor(server, panelToken)).toMatchObject({ notifications: [{ id: notification.id, reviewTitle: 'Child K (renamed)', read: false }], unreadCount: 1 })
  })
})
