import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { connectProvider } from '../helpers/providers.js'
import { documentUrl, openRawSocket, refusedUpgrade } from '../helpers/rawSocket.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('limits of the collaboration endpoint', () => {
  it('refuses a client over the cap per document before the handshake, and lets others keep editing', async () => {
    const server = await startTestServer({ collab: { maxClientsPerDocument: 2 } })
    const author = await server.login(ACCOUNTS.author)
    const first = await connectProvider(server.collabUrl, author)
    const second = await connectProvider(server.collabUrl, author)

    const refused = await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT, author))
    expect(refused.status).toBe(503)
    expect(refused.body).toMatchObject({ error: { code: 'too_many_clients' } })

    const typed = uniqueText('typed while the document is full')
    appendParagraph(first.doc, typed)
    await waitFor('the other client sees the edit', () => hasText(second.doc, typed))
  })

  it('drops a socket that stops answering pings', async () => {
    const server = await startTestServer({ collab: { pingIntervalMs: 100 } })
    const author = await server.login(ACCOUNTS.author)
    const silent = new WebSocket(documentUrl(server.collabUrl, DEMO_REPORT, author), { autoPong: false })
    silent.on('error', () => undefined)
    const closed = new Promise<void>((resolve) => silent.once('close', () => resolve()))
    await new Promise<void>((resolve) => silent.once('open', () => resolve()))
    const answering = await connectProvider(server.collabUrl, author)

    await closed
    expect(server.collab.connectionCount).toBe(1)
    expect(answering.wsconnected).toBe(true)
  })

  it('drops a client that stops reading with 4408 once it holds a limited amount for it, however much the others write', async () => {
    const maxBufferedBytes = 256 * 1024
    const server = await startTestServer({ collab: { maxBufferedBytes } })
    const author = await server.login(ACCOUNTS.author)
    const stalled = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))
    let received = 0
    stalled.socket.on('message', (data: Buffer) => {
      received += data.byteLength
    })
    const underlying = (stalled.socket as unknown as { _socket: { pause(): void; resume(): void } })._socket
    underlying.pause()
    const writer = await connectProvider(server.collabUrl, author)
    const reader = await connectProvider(server.collabUrl, author)

    // Many documents' worth: 48 MiB, in paragraphs of 256 KiB, while the stalled client reads nothing.
    const paragraph = 'x'.repeat(256 * 1024)
    let written = 0
    let resumed = false
    for (let round = 0; round < 192; round++) {
      appendParagraph(writer.doc, `${round} ${paragraph}`)
      written += paragraph.length
      if (round % 16 === 15) await waitFor('the other reader keeps up', () => hasText(reader.doc, `${round} x`))
      // Once dropped, it reads what the server had buffered for it, up to the close frame.
      if (!resumed && server.collab.connectionCount === 2) {
        resumed = true
        underlying.resume()
      }
    }

    expect(resumed).toBe(true)
    expect((await stalled.closed).code).toBe(CloseCode.SlowConsumer)
    // What reached it: what the kernel's socket buffers held, plus at most the limit and one message.
    const bound = 16 * 1024 * 1024
    expect(received).toBeLessThan(bound)
    expect(written).toBeGreaterThan(2 * bound)
    expect(writer.wsconnected && reader.wsconnected).toBe(true)
  })

  it('unloads a document once nobody has it open and it is saved, and loads it again on the next visit', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const writer = await connectProvider(server.collabUrl, author)
    const typed = uniqueText('written before everyone left')
    appendParagraph(writer.doc, typed)
    await waitFor('the document is loaded', () => server.collab.registry.loadedCount === 1)
    writer.disconnect()

    await waitFor('the document is unloaded', () => server.collab.registry.loadedCount === 0)
    const reader = await connectProvider(server.collabUrl, author)
    expect(hasText(reader.doc, typed)).toBe(true)
  })
})
