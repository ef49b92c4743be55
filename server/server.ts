/**
 * @module
 * Starts the whole product on one port: the HTTP app and the collaboration endpoint, over the
 * embedded stores in the data folder. Returns a handle whose `close` saves everything first.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAdaptorServer } from '@hono/node-server'
import { createApp } from './app.js'
import { CollabServer, type AuthorizeCollab } from './collab/collabServer.js'
import type { CollabOptions } from './collab/options.js'
import { AppError } from './errors.js'
import { openDatabase } from './storage/database.js'
import { FileDocumentStore } from './storage/fileDocumentStore.js'
import { seedDemoReview } from './reviews/demoReview.js'
import { ReviewService } from './reviews/reviewService.js'

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url))

export interface StartOptions {
  port: number
  host: string
  dataDir: string
  seedDemo: boolean
  clientDir?: string
  collab?: Partial<CollabOptions>
}

export interface RunningServer {
  url: string
  port: number
  reviews: ReviewService
  collab: CollabServer
  close(): Promise<void>
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const database = await openDatabase(options.dataDir)
  const store = new FileDocumentStore(join(options.dataDir, 'documents'))
  const reviews = new ReviewService(database, store)
  if (options.seedDemo) await seedDemoReview(reviews)

  // Until accounts exist (the access issue), any document of a known review may be opened.
  const authorize: AuthorizeCollab = async ({ documentName }) => {
    if (!reviews.hasDocument(documentName)) throw new AppError('document_not_found', 404, 'There is no such document.')
    return { readOnly: false }
  }
  const collab = new CollabServer(store, authorize, options.collab)
  const app = createApp({
    reviews,
    registry: collab.registry,
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    health: { loadedDocuments: () => collab.registry.loadedCount, connections: () => collab.connectionCount },
  })

  const server = createAdaptorServer({ fetch: app.fetch }) as Server
  collab.attach(server)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const displayHost = options.host.includes(':') ? `[${options.host}]` : options.host

  let closing: Promise<void> | null = null
  return {
    url: `http://${displayHost}:${port}`,
    port,
    reviews,
    collab,
    close() {
      closing ??= (async () => {
        await collab.close()
        await store.close()
        server.closeAllConnections?.()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      })()
      return closing
    },
  }
}
