import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { ImrAnalysisSchema, MergedChronologySourceSchema } from '../../shared/api/imrs.js'
import { compareExcerpt, excerptSourcesOf, updatedExcerpt } from '../../shared/excerpts/excerptComparison.js'
import { excerptFromEntries } from '../../shared/excerpts/excerptContent.js'
import { ChronologyEntrySchema } from '../../shared/imr/chronologyEntry.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { PARAGRAPH_ID_ATTRIBUTE, PARAGRAPH_ID_PATTERN } from '../../shared/schema/paragraphIds.js'
import { HOME_VISIT } from '../helpers/chronologyEntries.js'
import { connectProvider } from '../helpers/providers.js'
import { appendExcerpt, excerptsIn, replaceExcerpt } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const HEALTH_IMR = `review.${DEMO_REVIEW}.imr-health`
const api = `/api/reviews/${DEMO_REVIEW}`

async function chronologyAs(server: TestServer, token: string) {
  const response = await server.fetchAs(token, `${api}/chronology`)
  expect(response.status).toBe(200)
  return MergedChronologySourceSchema.parse(await response.json())
}

const excerptOf = (provider: WebsocketProvider) => excerptsIn(provider.doc)[0]

/** The paragraphs of a document as the binding stores them, with their ids. */
function paragraphIdsOf(doc: Y.Doc): unknown[] {
  const ids: unknown[] = []
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === 'paragraph') ids.push(child.getAttribute(PARAGRAPH_ID_ATTRIBUTE))
      else walk(child)
    }
  }
  walk(doc.getXmlFragment(DOCUMENT_FRAGMENT))
  return ids
}

function appendAnalysisParagraph(doc: Y.Doc, id: string, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.setAttribute(PARAGRAPH_ID_ATTRIBUTE, id)
  paragraph.insert(0, [new Y.XmlText(text)])
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  fragment.insert(fragment.length, [paragraph])
}

describe('excerpts of IMRs in the report', () => {
  it('show every collaborator that their source changed, until the author updates them', async () => {
    const server = await startTestServer()
    const [author, panel, agency] = await Promise.all([server.login(ACCOUNTS.author), server.login(ACCOUNTS.panel), server.login(ACCOUNTS.agency)])
    const created = await server.fetchAs(agency, `${api}/imrs/health/entries`, { method: 'POST', json: HOME_VISIT })
    expect(created.status, await created.clone().text()).toBe(201)
    const entry = ChronologyEntrySchema.parse(await created.json())

    // The author quotes the entry; the panel member has the report open too.
    const authorReport = await connectProvider(server.collabUrl, author)
    const panelReport = await connectProvider(server.collabUrl, panel)
    const before = await chronologyAs(server, author)
    const quoted = before.entries.find((candidate) => candidate.id === entry.id)
    if (!quoted) throw new Error('the merged chronology does not have the new entry')
    appendExcerpt(authorReport.doc, excerptFromEntries({ id: 'health', name: 'Community Health (health visiting)' }, [quoted]))
    await waitFor('the panel member has the excerpt', () => excerptOf(panelReport) !== undefined)
    expect(compareExcerpt(excerptOf(panelReport).attrs, excerptSourcesOf(await chronologyAs(server, panel)))).toEqual({ state: 'unchanged' })

    // The agency changes what happened, over HTTP.
    const changed = await server.fetchAs(agency, `${api}/imrs/health/entries/${entry.id}`, { method: 'PUT', json: { revision: entry.revision, fields: { ...HOME_VISIT, event: 'Home visit. Child K not seen: Mother said Child K was asleep.' } } })
    expect(changed.status, await changed.clone().text()).toBe(200)

    // The panel member's copy, compared with the sources as they now read them, shows the change.
    const comparison = compareExcerpt(excerptOf(panelReport).attrs, excerptSourcesOf(await chronologyAs(server, panel)))
    expect(comparison).toEqual({ state: 'changed', changes: [{ label: 'What happened', before: HOME_VISIT.event, after: 'Home visit. Child K not seen: Mother said Child K was asleep.' }] })

    // The author updates the excerpt; the panel member's copy converges, and compares unchanged.
    const update = updatedExcerpt(excerptOf(authorReport).attrs, excerptSourcesOf(await chronologyAs(server, author)))
    if (!update) throw new Error('the excerpt could not be made anew')
    replaceExcerpt(authorReport.doc, 0, update)
    await waitFor('the panel member has the updated excerpt', () => excerptOf(panelReport)?.textContent.includes('Child K was asleep') ?? false)
    expect(excerptsIn(panelReport.doc)).toHaveLength(1)
    expect(compareExcerpt(excerptOf(panelReport).attrs, excerptSourcesOf(await chronologyAs(server, panel)))).toEqual({ state: 'unchanged' })
    expect(excerptOf(panelReport).toJSON()).toEqual(excerptOf(authorReport).toJSON())
  })

  it('answer an unchanged merged chronology with 304, so polling it costs little', async () => {
    const server = await startTestServer()
    const panel = await server.login(ACCOUNTS.panel)
    const first = await server.fetchAs(panel, `${api}/chronology`)
    const tag = first.headers.get('ETag')
    expect(tag).toBeTruthy()

    const again = await server.fetchAs(panel, `${api}/chronology`, { headers: { 'If-None-Match': tag ?? '' } })

    expect(again.status).toBe(304)
  })
})

describe('paragraph ids and the analysis route', () => {
  it('gives the paragraphs of an IMR ids when it loads, stores them, and keeps them the next time', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)

    const first = await connectProvider(server.collabUrl, agency, { documentName: HEALTH_IMR })
    const ids = paragraphIdsOf(first.doc)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(id).toMatch(PARAGRAPH_ID_PATTERN)
    expect(new Set(ids).size).toBe(ids.length)

    first.destroy()
    await waitFor('the IMR is unloaded', () => server.collab.registry.find(HEALTH_IMR) === undefined)
    const second = await connectProvider(server.collabUrl, agency, { documentName: HEALTH_IMR })
    expect(paragraphIdsOf(second.doc)).toEqual(ids)
  })

  it('lists the analysis paragraphs with their ids to whoever may open the IMR, and to nobody else', async () => {
    const server = await startTestServer()
    const [agency, panel, comms] = await Promise.all([server.login(ACCOUNTS.agency), server.login(ACCOUNTS.panel), server.login(ACCOUNTS.comms)])
    const imr = await connectProvider(server.collabUrl, agency, { documentName: HEALTH_IMR })
    appendAnalysisParagraph(imr.doc, 'par_analysis01', 'The service did not see Child K alone.')

    await waitFor('the panel reads the new paragraph', async () => {
      const response = await server.fetchAs(panel, `${api}/imrs/health/analysis`)
      const analysis = ImrAnalysisSchema.parse(await response.json())
      return analysis.agencyId === 'health' && analysis.paragraphs.some((paragraph) => paragraph.id === 'par_analysis01' && paragraph.text === 'The service did not see Child K alone.')
    })
    expect((await server.fetchAs(agency, `${api}/imrs/health/analysis`)).status).toBe(200)

    const refused = async (token: string | null, path: string) => {
      const response = await server.fetchAs(token, path)
      return [response.status, ((await response.json()) as { error: { code: string } }).error.code]
    }
    expect(await refused(comms, `${api}/imrs/health/analysis`)).toEqual([403, 'forbidden'])
    expect(await refused(agency, `${api}/imrs/police/analysis`)).toEqual([403, 'forbidden'])
    expect(await refused(panel, `${api}/imrs/no-such-agency/analysis`)).toEqual([404, 'document_not_found'])
    expect(await refused(panel, '/api/reviews/no-such-review/imrs/health/analysis')).toEqual([404, 'document_not_found'])
    expect(await refused(null, `${api}/imrs/health/analysis`)).toEqual([401, 'unauthenticated'])
  })
})
