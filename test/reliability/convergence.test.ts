/**
 * @module
 * Seeded random editing through the real server: several people type, delete, format, add and remove
 * paragraphs and headings, split and join them, and go offline and back at random, while messages
 * cross. At the end every copy holds the same report, and so does the server after a restart from
 * disk. A failure names its seed: `SEED=<n> npx vitest run test/reliability/convergence.test.ts`.
 */
import { describe, expect, it } from 'vitest'
import { documentToJson } from '../../server/export/documentJson.js'
import { renderReportBody } from '../../server/export/reportHtml.js'
import { connectProvider, waitUntilSynced } from '../helpers/providers.js'
import { reportXml } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, DEMO_REVIEW, fetchReportHtml, startTestServer } from '../helpers/testServer.js'
import { waitUntilConverged } from './support/convergence.js'
import { Random, seedsToRun } from './support/random.js'
import { editAtRandom } from './support/randomSession.js'

const FIXED_SEEDS = [1, 2, 3]
/** The same author twice: two tabs of one person are two clients. */
const PEOPLE = [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.panel2, ACCOUNTS.author]
const STEPS = 400

describe('random editing by several people through the real server', () => {
  for (const seed of seedsToRun(FIXED_SEEDS)) {
    it(`ends with the same report everywhere and on disk (SEED=${seed})`, async () => {
      const server = await startTestServer()
      const tokens = await Promise.all(PEOPLE.map((email) => server.login(email)))
      const people = await Promise.all(tokens.map((token) => connectProvider(server.collabUrl, token)))

      await editAtRandom(people, new Random(seed), STEPS)
      // Everyone may have been offline at the last step, and the server unloads a report nobody has open:
      // its copy is there again once every person is back and synced.
      await Promise.all(people.map(waitUntilSynced))

      const serverCopy = server.collab.registry.find(DEMO_REPORT)?.doc
      if (!serverCopy) throw new Error('the server has no copy of the report open')
      await waitUntilConverged(people, { docs: [serverCopy] })
      const report = reportXml(people[0].doc)
      const reportJson = documentToJson(people[0].doc)
      for (const person of people) expect(documentToJson(person.doc)).toEqual(reportJson)

      for (const person of people) person.disconnect()
      await server.close()
      const restarted = await startTestServer({ dataDir: server.dataDir })
      const reader = await connectProvider(restarted.collabUrl, await restarted.login(ACCOUNTS.panel))
      expect(reportXml(reader.doc)).toBe(report)
      expect(documentToJson(reader.doc)).toEqual(reportJson)
      // Recommendations in the HTML name their addressees, the review's agencies.
      const agencies = restarted.reviews.find(DEMO_REVIEW)?.agencies ?? []
      expect(await fetchReportHtml(restarted.url, tokens[0])).toContain(renderReportBody(reportJson, agencies))
    }, 120_000)
  }
})
