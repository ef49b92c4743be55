/**
 * @module
 * Whether copies of a document hold the same thing: the same state vector and the same deletions
 * (Yjs snapshots; deletions do not show in the state vector), and the same report as XML. Waiting
 * for it names what still differs when it times out.
 */
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { reportXml } from '../../helpers/reportEdits.js'
import { waitFor } from '../../helpers/waitFor.js'

export function haveConverged(docs: readonly Y.Doc[]): boolean {
  const [first, ...others] = docs
  const snapshot = Y.snapshot(first)
  const xml = reportXml(first)
  return others.every((doc) => Y.equalSnapshots(snapshot, Y.snapshot(doc)) && reportXml(doc) === xml)
}

function describeCopies(providers: readonly WebsocketProvider[], docs: readonly Y.Doc[]): string {
  const lines = docs.map((doc, index) => {
    const provider = providers[index]
    const connection = provider ? `${provider.wsconnected ? 'connected' : 'not connected'}, ${provider.synced ? 'synced' : 'not synced'}, ` : 'server, '
    const stateVector = JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))])
    return `  copy ${index}: ${connection}state ${stateVector}, ${reportXml(doc).length} characters of XML`
  })
  return lines.join('\n')
}

/** Waits until every provider is synced and its document, and every other copy in `docs`, agree. */
export async function waitUntilConverged(
  providers: readonly WebsocketProvider[],
  { docs = [], timeoutMs = 30_000 }: { docs?: readonly Y.Doc[]; timeoutMs?: number } = {},
): Promise<void> {
  const copies = () => [...providers.map((provider) => provider.doc), ...docs]
  try {
    await waitFor('every copy of the document is the same', () => providers.every((provider) => provider.synced) && haveConverged(copies()), {
      timeoutMs,
      intervalMs: 100,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${message}\n${describeCopies(providers, copies())}`)
  }
}
