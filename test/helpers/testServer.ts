/**
 * @module
 * The real server on a free port over a temporary data folder, closed when the current test finishes.
 * It starts with the admin and the demo accounts of `test/support/accounts.ts`; `login` signs one in
 * through the API and `fetchAs` calls the API with its token as a bearer token.
 */
import { onTestFinished } from 'vitest'
import { startServer, type RunningServer } from '../../server/server.js'
import type { CollabOptions } from '../../server/collab/options.js'
import { ACCOUNTS, ADMIN_PASSWORD, DEMO_PASSWORD, signIn } from '../support/accounts.js'
import { makeTempDir } from './tempDir.js'

export { ACCOUNTS, ADMIN_PASSWORD, DEMO_PASSWORD } from '../support/accounts.js'

export const DEMO_REVIEW = 'child-k'
export const DEMO_REPORT = 'review.child-k.report'

export interface ApiRequest {
  method?: string
  /** Sent as the JSON body. */
  json?: unknown
  headers?: Record<string, string>
}

export interface TestServer extends RunningServer {
  dataDir: string
  collabUrl: string
  /** Signs in with `POST /api/auth/login` (the demo password, or the admin's); returns the token. */
  login(email: string, password?: string): Promise<string>
  /** Calls the API as the holder of `token`, or with no credentials when it is null. */
  fetchAs(token: string | null, path: string, request?: ApiRequest): Promise<Response>
}

export interface TestServerOptions {
  /** Reuse a data folder, to start the server again over what an earlier one stored. */
  dataDir?: string
  collab?: Partial<CollabOptions>
  sessionIdleMs?: number
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeTempDir())
  const clientDir = await makeTempDir('overview-studio-client-')
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: true,
    clientDir,
    collab: options.collab,
    adminEmail: ACCOUNTS.admin,
    adminPassword: ADMIN_PASSWORD,
    demoPassword: DEMO_PASSWORD,
    sessionIdleMs: options.sessionIdleMs,
  })
  onTestFinished(() => server.close())
  return Object.assign(server, {
    dataDir,
    collabUrl: collabUrlOf(server.port),
    login: (email: string, password?: string) => signIn(server.url, email, password),
    fetchAs: (token: string | null, path: string, request?: ApiRequest) => fetchAs(server.url, token, path, request),
  })
}

export function collabUrlOf(port: number): string {
  return `ws://127.0.0.1:${port}/collab`
}

export function fetchAs(baseUrl: string, token: string | null, path: string, { method = 'GET', json, headers = {} }: ApiRequest = {}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
}

/** The demo report as the HTML export serves it to the holder of `token`. */
export async function fetchReportHtml(baseUrl: string, token: string): Promise<string> {
  const response = await fetchAs(baseUrl, token, `/api/reviews/${DEMO_REVIEW}/report.html`)
  if (!response.ok) throw new Error(`GET report.html answered ${response.status}`)
  return response.text()
}
