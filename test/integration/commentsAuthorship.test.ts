/**
 * The server keeps comments honest: a socket that writes a message in another person's name, changes
 * another person's message, or writes a thread that fails the schema has that change undone for
 * everyone and is closed with the protocol-error code. What people may do stays allowed: reply to
 * anyone, resolve and reopen any thread, edit and delete their own messages.
 */
import { describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { commentsMap, deleteMessage, editMessage, readThread, replyToThread, setResolved, startThread } from '../../shared/comments/threads.js'
import { connectProvider } from '../helpers/providers.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const NOW = '2024-03-01T10:00:00.000Z'

function closedWith(provider: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => {
    let closed = false
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (closed) return
      closed = true
      resolve(event?.code ?? 0)
      // It would reconnect, and its copy would agree with the server's: the forged change stays undone.
      provider.disconnect()
    })
  })
}

async function setUp() {
  const server = await startTestServer()
  const user = (email: string) => ({ id: server.accounts.findByEmail(email)?.id ?? '', name: server.accounts.findByEmail(email)?.name ?? '' })
  const author = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
  const panel = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
  return { server, author, panel, authorUser: user(ACCOUNTS.author), panelUser: user(ACCOUNTS.panel) }
}

const onServer = (server: TestServer) => {
  const doc = server.collab.registry.find(DEMO_REPORT)?.doc
  if (!doc) throw new Error('the report is not open on the server')
  return doc
}

describe('who may write which comment', () => {
  it('lets people start threads, reply, resolve, reopen, and edit and delete their own messages', async () => {
    const { server, author, panel, authorUser, panelUser } = await setUp()
    startThread(author.doc, 'thr_allowed001', 'text', { author: authorUser, body: 'First', mentions: [], now: NOW })
    await waitFor('the panel member has the thread', () => readThread(panel.doc, 'thr_allowed001') !== null)
    replyToThread(panel.doc, 'thr_allowed001', { author: panelUser, body: 'Reply', mentions: [], now: NOW })
    setResolved(panel.doc, 'thr_allowed001', true, panelUser.id, NOW)
    await waitFor('the author has the reply', () => readThread(author.doc, 'thr_allowed001')?.messages.length === 2)
    setResolved(author.doc, 'thr_allowed001', false, authorUser.id, NOW)
    const [first, reply] = readThread(author.doc, 'thr_allowed001')?.messages ?? []
    editMessage(author.doc, 'thr_allowed001', first.id, 'First, edited', [], NOW)
    deleteMessage(panel.doc, 'thr_allowed001', reply.id)
    await waitFor('everyone has every change', () => {
      const thread = readThread(onServer(server), 'thr_allowed001')
      return thread?.messages[0].body === 'First, edited' && thread.messages[1].deleted && !thread.resolved
    })
    expect(author.wsconnected && panel.wsconnected).toBe(true)
  })

  it('undoes a message forged in another person\'s name, for everyone, and closes the forger\'s socket', async () => {
    const { server, author, panel, authorUser } = await setUp()
    const closed = closedWith(panel)
    startThread(panel.doc, 'thr_forged0001', 'text', { author: authorUser, body: 'I, the author, withdraw this finding.', mentions: [], now: NOW })
    expect(await closed).toBe(CloseCode.MalformedMessage)
    await waitFor('the forged thread is gone on the server', () => !commentsMap(onServer(server)).has('thr_forged0001'))
    // The author may have seen it for a moment; the compensating change takes it away.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(readThread(author.doc, 'thr_forged0001')).toBeNull()
    expect(author.wsconnected).toBe(true)
  })

  it('undoes a change to another person\'s message and keeps the rest of the thread', async () => {
    const { server, author, panel, authorUser, panelUser } = await setUp()
    startThread(author.doc, 'thr_victim0001', 'text', { author: authorUser, body: 'The original words', mentions: [], now: NOW })
    await waitFor('the panel member has the thread', () => readThread(panel.doc, 'thr_victim0001') !== null)
    replyToThread(panel.doc, 'thr_victim0001', { author: panelUser, body: 'A fair reply', mentions: [], now: NOW })
    await waitFor('the server has the reply', () => readThread(onServer(server), 'thr_victim0001')?.messages.length === 2)
    const closed = closedWith(panel)
    const [original] = readThread(panel.doc, 'thr_victim0001')?.messages ?? []
    editMessage(panel.doc, 'thr_victim0001', original.id, 'Words put in the author\'s mouth', [], NOW)
    expect(await closed).toBe(CloseCode.MalformedMessage)
    await waitFor('the author sees the original words', () => readThread(author.doc, 'thr_victim0001')?.messages[0].body === 'The original words')
    expect(readThread(onServer(server), 'thr_victim0001')?.messages.map((message) => message.body)).toEqual(['The original words', 'A fair reply'])
  })

  it('undoes a thread that fails the schema', async () => {
    const { server, panel } = await setUp()
    const closed = closedWith(panel)
    const thread = new Y.Map<unknown>()
    thread.set('id', 'thr_badshape01')
    thread.set('quote', 42)
    commentsMap(panel.doc).set('thr_badshape01', thread)
    expect(await closed).toBe(CloseCode.MalformedMessage)
    await waitFor('the bad thread is gone', () => !commentsMap(onServer(server)).has('thr_badshape01'))
  })
})
