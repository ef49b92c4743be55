/**
 * @module
 * The real server as a child process, killed when the current test finishes.
 */
import { onTestFinished } from 'vitest'
import { spawnServerProcess as spawnProcess, type ServerProcess } from '../support/serverProcess.js'

export type { ServerProcess }

export async function spawnServerProcess(dataDir: string): Promise<ServerProcess> {
  const server = await spawnProcess(dataDir, { timeoutMs: 30_000 })
  onTestFinished(() => server.kill())
  return server
}
