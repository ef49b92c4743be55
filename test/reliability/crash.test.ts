/**
 * @module
 * The server process is killed (SIGKILL, which it cannot catch) while people type, and started again
 * on the same data folder. Everyone's stock provider reconnects by itself to the same address (a
 * relay in front of the server, which the child process helper always starts on a new port), and
 * every copy ends with every keystroke exactly once, as does a fresh load after a second crash.
 */
import { describe, expect, it } from 'vitest'
import { connectProvider } from '../helpers/providers.js'
import { reportXml } from '../helpers/reportEdits.js'
import { connectSavedStateProvider, isSaved } from '../helpers/savedState.js'
import { spawnServerProcess, type ServerProcess } from '../helpers/serverProcess.js'
import { makeTempDir } from '../helpers/tempDir.js'
import { ACCOUNTS } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'
import { signIn } from '../support/accounts.js'
import { waitUntilConverged } from './support/convergence.js'
import { Random } from './support/random.js'
import { startRelay } from './support/relay.js'
import { findLostOrRepeated, Typist, waitUntilEachTypes } from './support/typist.js'

const PEOPLE = [
  { email: ACCOUNTS.author, label: 'A' },
  { email: ACCOUNTS.panel, label: 'B' },
  { email: ACCOUNTS.panel2, label: 'C' },
]
const KEYSTROKES_PER_PHASE = 30

const portOf = (server: ServerProcess) => Number(new URL(server.url).port)

describe('the server is killed while people type', () => {
  it('keeps every keystroke: everyone reconnects by themselves and ends with the same report', async () => {
    const dataDir = await makeTempDir()
    const relay = await startRelay()
    let server = await spawnServerProcess(dataDir)
    relay.forwardTo(portOf(server))
    const people = await Promise.all(PEOPLE.map(async ({ email }) => connectSavedStateProvider(relay.collabUrl, await signIn(server.url, email))))
    const providers = people.map(({ provider }) => provider)
    const typists = PEOPLE.map(({ label }, index) => new Typist(providers[index], label, new Random(index + 1)))
    for (const typist of typists) typist.start()

    await waitUntilEachTypes(typists, KEYSTROKES_PER_PHASE)
    relay.forwardTo(null)
    await server.kill()
    await waitUntilEachTypes(typists, KEYSTROKES_PER_PHASE)
    server = await spawnServerProcess(dataDir)
    relay.forwardTo(portOf(server))
    await waitFor('everyone is connected again', () => providers.every((provider) => provider.synced), { timeoutMs: 30_000 })
    await waitUntilEachTypes(typists, KEYSTROKES_PER_PHASE)
    await Promise.all(typists.map((typist) => typist.stop()))

    await waitUntilConverged(providers)
    const typed = typists.flatMap((typist) => typist.typed)
    for (const provider of providers) expect(findLostOrRepeated(provider.doc, typed)).toEqual([])

    await waitFor('the server says everything is stored', () => people.every(({ provider, tracker }) => isSaved(provider, tracker)))
    relay.forwardTo(null)
    await server.kill()
    const afterCrash = await spawnServerProcess(dataDir)
    const reader = await connectProvider(afterCrash.collabUrl, await signIn(afterCrash.url, ACCOUNTS.panel))
    expect(findLostOrRepeated(reader.doc, typed)).toEqual([])
    expect(reportXml(reader.doc)).toBe(reportXml(providers[0].doc))
  }, 120_000)
})
