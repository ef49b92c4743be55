/**
 * @module
 * Hostile frames on the collaboration endpoint: thousands of random, cut-short, oversized and
 * out-of-order frames on several sockets at once, while two people edit the report beside them.
 * The server stays up, closes only the sockets that sent what it refuses, holds no more memory once
 * they are gone, and every edit of the two people reaches the other and is stored. Then the bounds
 * one at a time: updates whose dependencies never arrive, and presence for ids a client does not own.
 */
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  DEPARTED_PRESENCE_MS,
  MAX_AWARENESS_CLIENTS_PER_SOCKET,
  MAX_PENDING_BYTES,
  MAX_PENDING_UPDATES,
} from '../../server/collab/options.js'
import { forgetDepartedPresence } from '../../server/collab/presence.js'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { connectProvider, createProvider, waitUntilSynced } from '../helpers/providers.js'
import { documentUrl, openRawSocket, roundTrip } from '../helpers/rawSocket.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { connectSavedStateProvider, isSaved } from '../helpers/savedState.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'
import { flood } from './support/hostileFlood.js'
import { awarenessMessage, dependentUpdates, presenceFlood, syncMessage } from './support/hostileFrames.js'
import { MEBIBYTE, retainedBytes } from './support/hostileMemory.js'
import { Random, seedsToRun } from './support/random.js'

const MAX_MESSAGE_BYTES = 256 * 1024
const ALICE = { user: { name: 'Alice' } }

function loadedReport(server: TestServer) {
  const document = server.collab.registry.find(DEMO_REPORT)
  if (!document) throw new Error('the report is not loaded')
  return document
}

function pendingBytes(server: TestServer): number {
  const { pendingStructs, pendingDs } = loadedReport(server).doc.store
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0)
}

function countClosings(provider: WebsocketProvider): { count: number } {
  const closings = { count: 0 }
  provider.on('connection-close', () => {
    closings.count += 1
  })
  return closings
}

/** Types paragraphs as Alice until `stop`, each one seen by Bob before the next. */
function typeUntilStopped(alice: WebsocketProvider, bob: WebsocketProvider): { typed: string[]; stop(): Promise<void> } {
  const typed: string[] = []
  let typing = true
  const done = (async () => {
    while (typing) {
      const text = uniqueText('typed during the flood')
      appendParagraph(alice.doc, text)
      typed.push(text)
      await waitFor('Bob sees what Alice typed during the flood', () => hasText(bob.doc, text))
    }
  })()
  return {
    typed,
    stop: async () => {
      typing = false
      await done
    },
  }
}

describe('a flood of hostile frames', () => {
  it.each(seedsToRun([20_240_611]))('leaves the server up, its memory bounded and two people editing together (seed %i)', async (seed) => {
    const server = await startTestServer({ collab: { maxMessageBytes: MAX_MESSAGE_BYTES } })
    const [author, panel, attacker] = await Promise.all([ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.panel2].map((email) => server.login(email)))
    const { provider: alice, tracker } = await connectSavedStateProvider(server.collabUrl, author)
    const bob = await connectProvider(server.collabUrl, panel)
    alice.awareness.setLocalState(ALICE)
    await waitFor('Bob sees Alice', () => bob.awareness.getStates().get(alice.awareness.clientID)?.user?.name === 'Alice')
    const aliceAsBobSeesHer: unknown[] = []
    bob.awareness.on('change', () => aliceAsBobSeesHer.push(bob.awareness.getStates().get(alice.awareness.clientID) ?? null))
    const closings = [countClosings(alice), countClosings(bob)]
    const before = retainedBytes()

    const typing = typeUntilStopped(alice, bob)
    const report = await flood({
      url: documentUrl(server.collabUrl, DEMO_REPORT, attacker),
      seed,
      lanes: 6,
      socketsPerLane: 25,
      framesPerSocket: 20,
      maxMessageBytes: MAX_MESSAGE_BYTES,
      othersClientIds: () => [alice.awareness.clientID, bob.awareness.clientID],
    })
    await typing.stop()
    await waitFor('only Alice and Bob are left', () => server.collab.connectionCount === 2)

    expect(report.frames).toBe(3000)
    for (const outcome of report.outcomes) {
      const refused = outcome.frames.some((frame) => !frame.acceptable)
      if (refused) expect([CloseCode.MalformedMessage, CloseCode.MessageTooBig]).toContain(outcome.code)
      else expect([1000, CloseCode.MalformedMessage]).toContain(outcome.code)
    }
    expect(closings.map(({ count }) => count)).toEqual([0, 0])
    expect(aliceAsBobSeesHer.every((state) => JSON.stringify(state) === JSON.stringify(ALICE))).toBe(true)
    // What is left: pending updates within the limit, and once the departed clients' clocks are out
    // of date, the clocks of Alice, Bob and the server only.
    expect(pendingBytes(server)).toBeLessThanOrEqual(MAX_PENDING_BYTES)
    forgetDepartedPresence(loadedReport(server).awareness, Date.now() + DEPARTED_PRESENCE_MS + 1)
    expect(loadedReport(server).awareness.meta.size).toBeLessThanOrEqual(3)
    expect((retainedBytes() - before) / MEBIBYTE).toBeLessThan(50)

    expect(typing.typed.length).toBeGreaterThan(0)
    await waitFor("the server says it has stored all of Alice's edits", () => isSaved(alice, tracker))
    await server.close()
    const restarted = await startTestServer({ dataDir: server.dataDir })
    const reader = await connectProvider(restarted.collabUrl, await restarted.login(ACCOUNTS.author))
    expect(typing.typed.filter((text) => !hasText(reader.doc, text))).toEqual([])
  })
})

describe('updates whose dependencies never arrive', () => {
  it('keeps one that arrives before the update it continues, as a reconnecting client may send it, and applies both once that comes', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const { socket, closed } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))
    const { dependency, dependent, doc } = dependentUpdates(new Random(1), 16)

    socket.send(syncMessage(syncProtocol.messageYjsUpdate, dependent))
    await waitFor('the server holds the update that waits', () => pendingBytes(server) > 0)
    socket.send(syncMessage(syncProtocol.messageYjsUpdate, dependency))

    const whole = doc.getText('hostile').toString()
    await waitFor('Bob has both updates', () => bob.doc.getText('hostile').toString() === whole)
    expect(pendingBytes(server)).toBe(0)
    expect(socket.readyState).toBe(socket.OPEN)
    socket.close()
    await closed
  })

  it.each([
    ['one update larger than the limit', 1, MAX_PENDING_BYTES + 1024],
    ['more small updates than the limit', MAX_PENDING_UPDATES + 1, 8],
  ])('lets go of them past the limit (%s), closes the socket, and takes them whole when its client syncs again', async (_label, count, length) => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const { socket, closed } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))
    const random = new Random(count)
    const sent = Array.from({ length: count }, () => dependentUpdates(random, length))

    for (const { dependent } of sent) socket.send(syncMessage(syncProtocol.messageYjsUpdate, dependent))

    expect((await closed).code).toBe(CloseCode.MalformedMessage)
    expect(pendingBytes(server)).toBe(0)
    const returning = createProvider(server.collabUrl, author, { connect: false })
    for (const { doc } of sent) Y.applyUpdate(returning.doc, Y.encodeStateAsUpdate(doc))
    returning.connect()
    await waitUntilSynced(returning)
    const whole = returning.doc.getText('hostile').toString()
    await waitFor('Bob has every update the client sent', () => bob.doc.getText('hostile').toString() === whole)
    expect(whole.length).toBe(count * ('first'.length + length))
    expect(pendingBytes(server)).toBe(0)
  })
})

describe('presence a client does not own', () => {
  it.each([
    ['in one message', [presenceFlood(new Random(2), 10_000)]],
    ['one message each', Array.from({ length: MAX_AWARENESS_CLIENTS_PER_SOCKET + 1 }, (_, index) => awarenessMessage([{ client: 500 + index, clock: 1, state: {} }]))],
  ])('refuses a client that introduces presence for more client ids than a client has (%s), and keeps none of them', async (_label, messages) => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const known = loadedReport(server).awareness.meta.size
    const { socket, closed } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))

    for (const message of messages) socket.send(message)

    expect((await closed).code).toBe(CloseCode.MalformedMessage)
    await waitFor('Bob sees nobody but himself', () => bob.awareness.getStates().size === 1)
    forgetDepartedPresence(loadedReport(server).awareness, Date.now() + DEPARTED_PRESENCE_MS + 1)
    expect(loadedReport(server).awareness.meta.size).toBe(known)
  })

  it("ignores one person's attempts to set or remove another person's presence, and the others go on seeing them as they are", async () => {
    const server = await startTestServer()
    const alice = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    alice.awareness.setLocalState(ALICE)
    await waitFor('Bob sees Alice', () => bob.awareness.getStates().get(alice.awareness.clientID)?.user?.name === 'Alice')
    const changes: number[] = []
    bob.awareness.on('change', ({ updated, removed }: { updated: number[]; removed: number[] }) => changes.push(...updated, ...removed))
    const { socket } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, await server.login(ACCOUNTS.panel2)))

    for (const state of [null, { user: { name: 'Mallory' } }]) {
      socket.send(awarenessMessage([{ client: alice.awareness.clientID, clock: 1_000_000, state }]))
    }
    await roundTrip(socket)

    // Alice moves: once Bob sees that, he would have seen the attempts before it, had they been relayed.
    alice.awareness.setLocalState({ ...ALICE, cursor: 1 })
    await waitFor('Bob sees Alice move', () => bob.awareness.getStates().get(alice.awareness.clientID)?.cursor === 1)
    expect(changes).toEqual([alice.awareness.clientID])
    expect(socket.readyState).toBe(socket.OPEN)
  })

  it('removes the presence of a client that comes back with the same id once it leaves again, and forgets the id in time', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const returningId = 424_242

    for (const clock of [1, 2]) {
      const { socket, closed } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))
      socket.send(awarenessMessage([{ client: returningId, clock, state: { user: { name: 'Returning' } } }]))
      await waitFor(`Bob sees the client (visit ${clock})`, () => bob.awareness.getStates().has(returningId))
      socket.close()
      await closed
      await waitFor(`Bob no longer sees the client (visit ${clock})`, () => !bob.awareness.getStates().has(returningId))
    }
    const { awareness } = loadedReport(server)
    forgetDepartedPresence(awareness, Date.now())
    expect(awareness.meta.has(returningId)).toBe(true)
    forgetDepartedPresence(awareness, Date.now() + DEPARTED_PRESENCE_MS + 1)
    expect(awareness.meta.has(returningId)).toBe(false)
  })
})
