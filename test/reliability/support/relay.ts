/**
 * @module
 * A TCP relay on a port of its own in front of the server, as a load balancer stands in front of a
 * server that restarts: clients keep one address while the server behind it is replaced (the child
 * process helper always picks a new port). While no server is set, new connections wait in the relay
 * and all go through together once one is, which makes "every client reconnects at once" exact.
 */
import { createServer, connect, type Server, type Socket } from 'node:net'
import { onTestFinished } from 'vitest'
import { collabUrlOf } from '../../helpers/testServer.js'

export interface Relay {
  collabUrl: string
  /** Connections waiting for a server to be set. */
  readonly waitingCount: number
  /** Sends new connections to the server on `port`; null holds them until a server is set. */
  forwardTo(port: number | null): void
  close(): Promise<void>
}

function join(client: Socket, port: number, open: Set<Socket>): void {
  const upstream = connect(port, '127.0.0.1')
  open.add(upstream)
  const closeBoth = () => {
    client.destroy()
    upstream.destroy()
  }
  upstream.once('close', () => {
    open.delete(upstream)
    closeBoth()
  })
  client.once('close', closeBoth)
  upstream.on('error', closeBoth)
  client.pipe(upstream)
  upstream.pipe(client)
  client.resume()
}

export async function startRelay(): Promise<Relay> {
  let target: number | null = null
  const waiting = new Set<Socket>()
  const open = new Set<Socket>()
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client)
    client.on('error', () => client.destroy())
    client.once('close', () => {
      open.delete(client)
      waiting.delete(client)
    })
    if (target === null) waiting.add(client)
    else join(client, target, open)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the relay has no port')
  const relay: Relay = {
    collabUrl: collabUrlOf(address.port),
    get waitingCount() {
      return waiting.size
    },
    forwardTo(port) {
      target = port
      if (port === null) return
      const released = [...waiting]
      waiting.clear()
      for (const client of released) join(client, port, open)
    },
    close() {
      for (const socket of open) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  onTestFinished(() => relay.close())
  return relay
}
