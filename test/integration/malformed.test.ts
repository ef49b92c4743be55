import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { MessageType } from '../../shared/collab/messages.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { connectProvider } from '../helpers/providers.js'
import { documentUrl, openRawSocket, refusedUpgrade } from '../helpers/rawSocket.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

function syncUpdateOf(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A real sync message carrying one update, as a provider would send it. */
function updateMessage(): Uint8Array {
  const doc = new Y.Doc()
  doc.getXmlFragment(DOCUMENT_FRAGMENT).insert(0, [new Y.XmlElement('paragraph')])
  return syncUpdateOf(Y.encodeStateAsUpdate(doc))
}

function cutShort(message: Uint8Array): Uint8Array {
  return message.subarray(0, message.byteLength - 3)
}

/** Random-looking bytes from a fixed seed, so that a failure can be reproduced. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let seed = 0x2545f491
  for (let index = 0; index < length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    bytes[index] = seed >>> 24
  }
  return bytes
}

async function expectOthersUnaffected(server: TestServer, alice: WebsocketProvider, bob: WebsocketProvider): Promise<void> {
  const typed = uniqueText('still editing')
  appendParagraph(alice.doc, typed)
  await waitFor('the other collaborator sees the edit', () => hasText(bob.doc, typed))
  const health = await fetch(`${server.url}/api/health`)
  expect(health.status).toBe(200)
  expect(await health.json()).toMatchObject({ status: 'ok' })
}

describe('a client that sends what the protocol does not allow', () => {
  const bad: Array<[string, () => Uint8Array | string]> = [
    ['random bytes', () => noise(64)],
    ['an empty message', () => new Uint8Array(0)],
    ['a message of an unknown type', () => new Uint8Array([42, 0, 0])],
    ['a sync message cut short', () => cutShort(updateMessage())],
    ['a sync message of an unknown kind', () => new Uint8Array([MessageType.Sync, 9, 0])],
    ['a sync update of random bytes', () => syncUpdateOf(noise(64))],
    ['a state vector that cannot be read', () => new Uint8Array([MessageType.Sync, syncProtocol.messageYjsSyncStep1, 3, 0xff, 0xff, 0xff])],
    ['an awareness update that is not JSON', () => new Uint8Array([MessageType.Awareness, 5, 1, 7, 1, 1, 0x7b])],
    ['a text frame', () => '{"type":"sync"}'],
  ]

  it.each(bad)('is disconnected for %s, and nobody else is', async (_label, message) => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const alice = await connectProvider(server.collabUrl, author)
    const bob = await connectProvider(server.collabUrl, author)
    const { socket, closed } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))

    socket.send(message())

    expect((await closed).code).toBe(CloseCode.MalformedMessage)
    await expectOthersUnaffected(server, alice, bob)
  })

  it('is disconnected with 1009 for a message over 4 MiB, and nobody else is', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const alice = await connectProvider(server.collabUrl, author)
    const bob = await connectProvider(server.collabUrl, author)
    const { socket, closed } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))

    socket.send(new Uint8Array(4 * 1024 * 1024 + 1))

    expect((await closed).code).toBe(CloseCode.MessageTooBig)
    await expectOthersUnaffected(server, alice, bob)
  })

})

describe('opening a document that cannot be opened', () => {
  it('is refused with 404 before the handshake when no review has that document', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const refused = await refusedUpgrade(documentUrl(server.collabUrl, 'review.nobody.report', author))

    expect(refused.status).toBe(404)
    expect(refused.body).toEqual({ error: { code: 'document_not_found', message: expect.any(String) } })
  })

  it.each(['..%2Fdb.json', 'Review.Child-K.report', 'review.child-k.report%00'])('is refused with 400 for the name %j', async (name) => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const refused = await refusedUpgrade(`${server.collabUrl}/${name}?token=${author}`)

    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ error: { code: 'invalid_document_name' } })
  })

  it('is refused with 404 outside the collaboration path', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const refused = await refusedUpgrade(`ws://127.0.0.1:${server.port}/elsewhere/${DEMO_REPORT}?token=${author}`)

    expect(refused.status).toBe(404)
  })
})
