/**
 * @module
 * A worker process of `load.ts`: opens stock y-websocket providers (as many as the parent asks, on
 * the rooms it names), and once told to start, has each insert one character at a random position
 * of the Y.Text `bench` at the given rate, in the same transaction (unless told not to) as a stamp in the Y.Map `stamps`
 * (key `${clientID}:${n}`, value the wall-clock send time). Every client observes `stamps` and
 * records, for each stamp of another client, how long it took to arrive. Run only by `load.ts`
 * (`child_process.fork`); it exits when told to stop or when the parent goes away.
 */
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { createNodeProvider, waitForSync } from './nodeProvider.js'
import { wallClock, type LoadSetup, type LoadStart, type ParentMessage, type WorkerMessage } from './loadProtocol.js'

const LETTERS = 'abcdefghijklmnopqrstuvwxyz '

interface LoadClient {
  room: string
  doc: Y.Doc
  provider: WebsocketProvider
  sent: number
  received: number
}

const clients: LoadClient[] = []
const latencies: number[] = []
let measuring = false

function send(message: WorkerMessage): void {
  process.send?.(message)
}

function exit(): never {
  for (const client of clients) {
    client.provider.destroy()
    client.doc.destroy()
  }
  process.exit(0)
}

async function setUp(setup: LoadSetup): Promise<void> {
  for (const room of setup.rooms) {
    for (let index = 0; index < room.clients; index++) {
      const doc = new Y.Doc()
      const provider = createNodeProvider(setup.collabUrl, setup.token, room.name, doc)
      const client: LoadClient = { room: room.name, doc, provider, sent: 0, received: 0 }
      doc.getMap<number>('stamps').observe((event) => {
        if (!measuring || event.transaction.local) return
        const now = wallClock()
        for (const key of event.keysChanged) {
          const stamp = event.target.get(key)
          if (typeof stamp !== 'number') continue
          latencies.push(now - stamp)
          client.received += 1
        }
      })
      clients.push(client)
    }
  }
  await Promise.all(clients.map((client) => waitForSync(client.provider, 60_000)))
  send({ type: 'ready', clients: clients.length })
}

function start(run: LoadStart, rate: number, withStamps: boolean): void {
  measuring = true
  const meanGapMs = 1000 / rate
  for (const client of clients) {
    const text = client.doc.getText('bench')
    const stamps = client.doc.getMap<number>('stamps')
    const tick = () => {
      const now = wallClock()
      if (now >= run.endAt) return
      client.doc.transact(() => {
        text.insert(Math.floor(Math.random() * (text.length + 1)), LETTERS[Math.floor(Math.random() * LETTERS.length)])
        if (withStamps) stamps.set(`${client.doc.clientID}:${client.sent}`, wallClock())
      })
      client.sent += 1
      schedule(meanGapMs * (0.5 + Math.random()))
    }
    const schedule = (delayMs: number) => {
      setTimeout(tick, delayMs)
    }
    // Each client starts at a random point of its first gap, so the clients do not tick in step.
    schedule(Math.max(0, run.startAt - wallClock()) + Math.random() * meanGapMs)
  }
  setTimeout(() => {
    measuring = false
    const sentByRoom: Record<string, number> = {}
    const receivedByRoom: Record<string, number> = {}
    for (const client of clients) {
      sentByRoom[client.room] = (sentByRoom[client.room] ?? 0) + client.sent
      receivedByRoom[client.room] = (receivedByRoom[client.room] ?? 0) + client.received
    }
    const disconnected = clients.filter((client) => !client.provider.wsconnected).length
    send({ type: 'report', latencies, sentByRoom, receivedByRoom, disconnected })
  }, Math.max(0, run.reportAt - wallClock()))
}

// Each provider adds a process 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0)
let rate = 1
let withStamps = true
process.on('disconnect', exit)
process.on('message', (message: ParentMessage) => {
  if (message.type === 'setup') {
    rate = message.rate
    withStamps = message.stamps ?? true
    setUp(message).catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
  } else if (message.type === 'start') start(message, rate, withStamps)
  else if (message.type === 'stop') exit()
})
