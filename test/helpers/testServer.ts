/**
 * @module
 * The real server on a free port over a temporary data folder, closed when the current test finishes.
 */
import { onTestFinished } from 'vitest'
import { startServer, type RunningServer } from '../../server/server.js'
import type { CollabOptions } from '../../server/collab/options.js'
import { makeTempDir } from './tempDir.js'

export const DEMO_REPORT = 'review.child-k.report'

export interface TestServer extends RunningServer {
  dataDir: string
  collabUrl: string
}

export interface TestServerOptions {
  /** Reuse a data folder, to start the server again over what an earlier one stored. */
  dataDir?: string
  collab?: Partial<CollabOptions>
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeTempDir())
  const clientDir = await makeTempDir('overview-studio-client-')
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, seedDemo: true, clientDir, collab: options.collab })
  onTestFinished(() => server.close())
  return Object.assign(server, { dataDir, collabUrl: collabUrlOf(server.port) })
}

export function collabUrlOf(port: number): string {
  return `ws://127.0.0.1:${port}/collab`
}

/** The demo report as the HTML export serves it. */
export async function fetchReportHtml(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/reviews/child-k/report.html`)
  if (!response.ok) throw new Error(`GET report.html answered ${response.status}`)
  return response.text()
}
