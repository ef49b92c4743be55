/**
 * Property: random concurrent edits from three people through the real server, some of them starting
 * comment threads on random text while others type, delete, format, split and join paragraphs and go
 * offline, never lose a thread: every thread is still in the comments map of every copy, each is on
 * text or detached with its quote, and every copy agrees on where each thread is.
 * A failure names its seed: `SEED=<n> npx vitest run test/reliability/commentsConvergence.test.ts`.
 */
import { describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import { readThreads, startThread } from '../../shared/comments/threads.js'
import { COMMENT_MARK } from '../../shared/schema/comment.js'
import { connectProvider, waitUntilSynced } from '../helpers/providers.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'
import { editWith, threadTexts } from '../server/comments/commentEdits.js'
import { waitUntilConverged } from './support/convergence.js'
import { Random, seedsToRun } from './support/random.js'
import { makeRandomEdit } from './support/randomEdits.js'

const FIXED_SEEDS = [11, 12]
const PEOPLE = [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.panel2]
const STEPS = 200

const pause = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds))

/** Starts a thread on a random stretch of a random text block; false when there is no text. */
function commentAtRandom(provider: WebsocketProvider, author: { id: string; name: string }, threadId: string, random: Random): string | null {
  let quote: string | null = null
  provider.doc.transact(() => {
    editWith(provider.doc, (tr, report) => {
      const blocks: Array<{ pos: number; size: number }> = []
      report.descendants((node, pos) => {
        if (node.isTextblock && node.textContent.length > 1) blocks.push({ pos: pos + 1, size: node.content.size })
        return !node.isTextblock
      })
      if (blocks.length === 0) return
      const block = random.pick(blocks)
      const from = block.pos + random.integer(0, block.size - 2)
      const to = random.integer(from + 1, block.pos + block.size)
      quote = report.textBetween(from, to, ' ', ' ')
      if (quote.trim() === '') quote = null
      else tr.addMark(from, to, report.type.schema.marks[COMMENT_MARK].create({ threadId }))
    })
    if (quote) startThread(provider.doc, threadId, quote, { author, body: `Thread ${threadId}`, mentions: [], now: new Date().toISOString() })
  })
  return quote
}

describe('comment threads under random concurrent editing', () => {
  for (const seed of seedsToRun(FIXED_SEEDS)) {
    it(`never loses a thread, and every copy agrees where each is (SEED=${seed})`, async () => {
      const server = await startTestServer()
      const random = new Random(seed)
      const people = await Promise.all(PEOPLE.map(async (email) => ({ provider: await connectProvider(server.collabUrl, await server.login(email)), user: { id: server.accounts.findByEmail(email)?.id ?? '', name: email } })))
      const started = new Map<string, string>()

      for (let step = 0; step < STEPS; step++) {
        const { provider, user } = random.pick(people)
        const roll = random.integer(0, 99)
        if (roll < 5) {
          if (provider.shouldConnect) provider.disconnect()
          else provider.connect()
        } else if (roll < 20) {
          const threadId = `thr_prop${seed}x${String(step).padStart(4, '0')}`
          const quote = commentAtRandom(provider, user, threadId, random)
          if (quote) started.set(threadId, quote.slice(0, 500))
        } else {
          makeRandomEdit(provider.doc, random)
        }
        if (random.chance(0.3)) await pause(random.integer(0, 4))
      }
      for (const { provider } of people) if (!provider.shouldConnect) provider.connect()
      await Promise.all(people.map(({ provider }) => waitUntilSynced(provider)))
      const serverCopy = server.collab.registry.find(DEMO_REPORT)?.doc
      await waitUntilConverged(people.map(({ provider }) => provider), { docs: serverCopy ? [serverCopy] : [] })

      expect(started.size).toBeGreaterThan(5)
      const texts = threadTexts(people[0].provider.doc)
      for (const { provider } of people) {
        expect(provider.wsconnected).toBe(true)
        const threads = new Map(readThreads(provider.doc).map((thread) => [thread.id, thread]))
        for (const [threadId, quote] of started) {
          expect(threads.get(threadId)?.quote, threadId).toBe(quote)
        }
        expect(threadTexts(provider.doc)).toEqual(texts)
      }
    }, 120_000)
  }
})
