/**
 * @module
 * The real server as a child process (`node --import tsx server/index.ts`, or the bundle `npm start`
 * runs): for tests of what only a
 * separate process can show (data survives SIGKILL) and for benchmarks that give the server a core of
 * its own. `stop` sends SIGTERM, which makes the server save every open document before it exits;
 * `kill` sends SIGKILL, which it cannot catch. On a new data folder it creates the accounts of
 * `accounts.ts` with their known passwords. No Vitest here, so benchmarks can use it too.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { ACCOUNTS, ADMIN_PASSWORD, DEMO_PASSWORD } from './accounts.js'

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url))
const RUNNING_LINE = /Overview Studio is running at http:\/\/127\.0\.0\.1:(\d+)/

export interface ServerProcess {
  child: ChildProcess
  url: string
  collabUrl: string
  /** Milliseconds from spawning the process to its start-up line. */
  startMs: number
  /** SIGTERM, then waits for the process to exit; resolves with its exit code. */
  stop(): Promise<number | null>
  /** SIGKILL, then waits for the process to be gone. */
  kill(): Promise<void>
}

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export interface ServerProcessOptions {
  timeoutMs?: number
  /**
   * Runs the bundle `npm start` runs (`dist/server.mjs`, see `buildServerBundle`) instead of the
   * TypeScript sources under tsx: what benchmarks measure. Tests run the sources.
   */
  bundled?: boolean
}

/** Builds `dist/server.mjs` from the current sources, as `npm start` does. */
export function buildServerBundle(): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' })
}

export async function spawnServerProcess(dataDir: string, { timeoutMs = 60_000, bundled = false }: ServerProcessOptions = {}): Promise<ServerProcess> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: '1',
    ADMIN_EMAIL: ACCOUNTS.admin,
    ADMIN_PASSWORD,
    DEMO_PASSWORD,
  }
  delete environment.LOG_LEVEL // the start-up line is how the port is learnt
  const startedAt = performance.now()
  // SERVER_NODE_ARGS adds Node flags for the server alone, e.g. `--cpu-prof` when profiling a benchmark.
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const entry = bundled ? ['dist/server.mjs'] : ['--import', 'tsx', 'server/index.ts']
  const child = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: REPOSITORY_ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child)
      resolve(code)
    }),
  )
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name)
    return exited
  }
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const read = (chunk: Buffer) => {
      // Keep reading after start-up too, so a full pipe never stalls the server; warnings are shown.
      const text = chunk.toString('utf8')
      output += text
      if (/ (warn|error) \[/.test(text)) process.stderr.write(`[server] ${text}`)
      const match = RUNNING_LINE.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve(Number(match[1]))
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code, exitSignal) => {
      clearTimeout(timer)
      reject(new Error(`The server exited (${exitSignal ?? code}) before it started:\n${output}`))
    })
  }).catch(async (error: unknown) => {
    await signal('SIGKILL')
    throw error
  })
  const startMs = performance.now() - startedAt
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    startMs,
    stop: () => signal('SIGTERM'),
    kill: async () => {
      await signal('SIGKILL')
    },
  }
}
