/**
 * @module
 * What continuous typing costs the disk: the server (in this process, over a file store whose file
 * system counts every write and fsync) takes plain typing from stock y-websocket providers in two
 * worker processes, and the script prints, per document, durable writes (fsync'd log appends and
 * snapshots) per second and bytes written per second, and bytes written per edit. Three shapes: one
 * person typing, five people in one document, and the default load of 20 documents x 10 people.
 * Run: `npx tsx test/bench/storage.ts` (about 2 minutes); SECONDS per shape (20).
 */
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { FileDocumentStore } from '../../server/storage/fileDocumentStore.js'
import { ACCOUNTS, signIn } from '../support/accounts.js'
import { createReviewsForAuthor } from './support/benchApi.js'
import { startInProcess } from './support/documentLoad.js'
import { roomsFor, type Room } from './support/benchServers.js'
import { countingFileSystem, type WriteCounts } from './support/countingFileSystem.js'
import { runLoad } from './support/loadRun.js'
import { giveUpAfter, sleep } from './support/processes.js'
import { formatCount, printColumns } from './support/statistics.js'
import { makeTempDir } from './support/tempDir.js'

const SECONDS = Number(process.env.SECONDS ?? 20)
if (!Number.isFinite(SECONDS) || SECONDS <= 0) throw new Error(`SECONDS must be a positive number, not ${process.env.SECONDS}`)
const RATE = 5
const SHAPES = [
  { label: '1 person typing', docs: 1, clients: 1 },
  { label: '5 people in one document', docs: 1, clients: 5 },
  { label: '20 documents x 10 people', docs: 20, clients: 10 },
]

interface ShapeResult {
  label: string
  docs: number
  edits: number
  seconds: number
  counts: WriteCounts
}

async function measureShape(shape: (typeof SHAPES)[number], rooms: Room[]): Promise<ShapeResult> {
  const dataDir = makeTempDir('bench-storage-data-')
  const { fileSystem, counts } = countingFileSystem()
  const server = await startInProcess(dataDir, new FileDocumentStore(join(dataDir, 'documents'), fileSystem))
  try {
    await createReviewsForAuthor(server.url, rooms.map((room) => room.id))
    const token = await signIn(server.url, ACCOUNTS.author)
    const before = { ...counts }
    const run = await runLoad(
      { label: 'ours', pid: process.pid, collabUrl: `ws://127.0.0.1:${server.port}/collab`, token, stop: async () => undefined },
      { rooms, clients: shape.clients, rate: RATE, seconds: SECONDS, stamps: false },
    )
    // The window includes the drain, in which a debounced snapshot may land; wait for the last one too.
    await sleep(3_000)
    const after = { ...counts }
    return {
      label: shape.label,
      docs: rooms.length,
      edits: run.sent,
      seconds: SECONDS,
      counts: {
        writeCalls: after.writeCalls - before.writeCalls,
        bytesWritten: after.bytesWritten - before.bytesWritten,
        syncs: after.syncs - before.syncs,
        filesWritten: after.filesWritten - before.filesWritten,
      },
    }
  } finally {
    await server.close()
  }
}

giveUpAfter('storage.ts', (SHAPES.length * (SECONDS + 90) + 120) * 1000)
console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
const results: ShapeResult[] = []
for (const shape of SHAPES) {
  console.log(`${shape.label}: ${RATE} inserts/s each for ${SECONDS} s…`)
  results.push(await measureShape(shape, roomsFor(shape.docs)))
}
const perDocumentPerSecond = (result: ShapeResult, value: number) => (value / result.docs / result.seconds).toFixed(1)
printColumns(
  `Storage under continuous typing (${RATE} inserts/s a person; log appends grouped and fsynced together, snapshot after 2 s quiet or 10 s)`,
  ['shape', 'edits', 'appends/s a doc', 'snapshots/s a doc', 'fsyncs/s a doc', 'bytes/s a doc', 'bytes per edit'],
  results.map((result) => [
    result.label,
    formatCount(result.edits),
    perDocumentPerSecond(result, result.counts.writeCalls),
    perDocumentPerSecond(result, result.counts.filesWritten),
    perDocumentPerSecond(result, result.counts.syncs),
    formatCount(result.counts.bytesWritten / result.docs / result.seconds),
    (result.counts.bytesWritten / Math.max(1, result.edits)).toFixed(1),
  ]),
)
console.log(`At the end: load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
process.exit(0)
