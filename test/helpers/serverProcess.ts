/**
 * @module
 * The real server as a child process (`node --import tsx server/index.ts`), for what only a separate
 * process can show: that data survives the process being killed. Killed when the current test finishes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { onTestFinished } from 'vitest'
import { collabUrlOf } from './testServer.js'

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const RUNNING_LINE = /Overview Studio is running at http:\/\/127\.0\.0\.1:(\d+)/

export interface ServerProcess {
  child: ChildProcess
  url: string
  collabUrl: string
  /** Ends the process with SIGKILL, which it cannot catch, and waits until it is gone. */
  kill(): Promise<void>
}

export async function spawnServerProcess(dataDir: string, { timeoutMs = 30_000 } = {}): Promise<ServerProcess> {
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: '1' }
  delete environment.LOG_LEVEL // the start-up line is how the port is learnt
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: REPOSITORY_ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  }
  onTestFinished(kill)

  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = RUNNING_LINE.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve(Number(match[1]))
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`The server exited (${signal ?? code}) before it started:\n${output}`))
    })
  })
  return { child, url: `http://127.0.0.1:${port}`, collabUrl: collabUrlOf(port), kill }
}
