import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectProvider, waitUntilSynced } from '../helpers/providers.js'
import { appendParagraph, hasText, reportXml, uniqueText } from '../helpers/reportEdits.js'
import { ACCOUNTS, fetchReportHtml, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('editing a report together', () => {
  it('gives a new collaborator the stored report', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const provider = await connectProvider(server.collabUrl, author)

    expect(hasText(provider.doc, 'Introduction and reasons for the review')).toBe(true)
    expect(hasText(provider.doc, 'Child K, aged 14 months')).toBe(true)
  })

  it('shows each person the other one\'s typing, and both end with the same report', async () => {
    const server = await startTestServer()
    const alice = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const aliceText = uniqueText('Alice wrote')
    const bobText = uniqueText('Bob wrote')

    appendParagraph(alice.doc, aliceText)
    appendParagraph(bob.doc, bobText)

    await waitFor('both have both edits', () => [alice, bob].every(({ doc }) => hasText(doc, aliceText) && hasText(doc, bobText)))
    expect(reportXml(bob.doc)).toBe(reportXml(alice.doc))
    expect(Y.encodeStateVector(bob.doc)).toEqual(Y.encodeStateVector(alice.doc))
  })

  it('converges when many edits from both sides cross on the wire', async () => {
    const server = await startTestServer()
    const alice = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const bob = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))

    for (let index = 0; index < 20; index++) {
      appendParagraph(alice.doc, `alice ${index}`)
      appendParagraph(bob.doc, `bob ${index}`)
    }

    await waitFor('both have every edit', () => [alice, bob].every(({ doc }) => hasText(doc, 'alice 19') && hasText(doc, 'bob 19')))
    await waitFor('both have the same report', () => reportXml(alice.doc) === reportXml(bob.doc))
  })

  it('brings a collaborator who was offline up to date and keeps what they typed offline', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const online = await connectProvider(server.collabUrl, author)
    const offline = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    offline.disconnect()
    const typedOnline = uniqueText('typed online')
    const typedOffline = uniqueText('typed offline')

    appendParagraph(online.doc, typedOnline)
    appendParagraph(offline.doc, typedOffline)
    await waitFor('the online edit reached the server', async () => (await fetchReportHtml(server.url, author)).includes(typedOnline))
    expect(hasText(offline.doc, typedOnline)).toBe(false)
    expect(hasText(online.doc, typedOffline)).toBe(false)

    offline.connect()
    await waitUntilSynced(offline)

    await waitFor('both have both edits', () => [online, offline].every(({ doc }) => hasText(doc, typedOnline) && hasText(doc, typedOffline)))
    expect(reportXml(offline.doc)).toBe(reportXml(online.doc))
  })
})
