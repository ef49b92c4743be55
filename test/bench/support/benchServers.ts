/**
 * @module
 * The two servers the load benchmark compares, each a child process: ours as `npm start` runs it (the
 * bundle, with sign-in, permissions and persistence), where the admin creates one review per room and
 * makes the demo author their author; and the reference `@y/websocket-server` (its own start script,
 * in memory, no authentication), which gets the same room names.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { ACCOUNTS, signIn } from '../../support/accounts.js'
import { REPOSITORY_ROOT, buildServerBundle, spawnServerProcess } from '../../support/serverProcess.js'
import { createReviewsForAuthor } from './benchApi.js'
import { freePort, track } from './processes.js'
import { makeTempDir } from './tempDir.js'

export interface Room {
  /** The review's id on our server. */
  id: string
  /** The document name clients connect to on both servers. */
  name: string
}

export interface ServerUnderTest {
  label: string
  pid: number
  collabUrl: string
  token: string
  stop(): Promise<void>
}

export function roomsFor(count: number): Room[] {
  return Array.from({ length: count }, (_, index) => ({ id: `load-${index + 1}`, name: `review.load-${index + 1}.report` }))
}

export async function startOurs(rooms: Room[]): Promise<ServerUnderTest> {
  buildServerBundle()
  const server = await spawnServerProcess(makeTempDir('bench-load-data-'), { bundled: true })
  if (server.child.pid === undefined) throw new Error('the server process has no pid')
  track(server.child)
  await createReviewsForAuthor(server.url, rooms.map((room) => room.id))
  return {
    label: 'ours',
    pid: server.child.pid,
    collabUrl: server.collabUrl,
    token: await signIn(server.url, ACCOUNTS.author),
    stop: async () => {
      await server.stop()
    },
  }
}

/** The reference server's own start script, on a port picked here (it prints the port it was given). */
export async function startReference(): Promise<ServerUnderTest> {
  const port = await freePort()
  const script = fileURLToPath(new URL('../../../node_modules/@y/websocket-server/src/server.js', import.meta.url))
  const child = track(
    // SERVER_NODE_ARGS (e.g. `--cpu-prof`) applies to both servers, so that their profiles compare.
    spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), script], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  if (child.pid === undefined) throw new Error('the reference server process has no pid')
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the reference server did not start:\n${output}`)), 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (output.includes('running at')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the reference server exited (${code}) before it started:\n${output}`))
    })
  })
  return {
    label: 'reference',
    pid: child.pid,
    collabUrl: `ws://127.0.0.1:${port}`,
    token: 'unused',
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
