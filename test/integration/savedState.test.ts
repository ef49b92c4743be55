import { describe, expect, it } from 'vitest'
import { MessageType } from '../../shared/collab/messages.js'
import { connectProvider, createProvider, waitUntilSynced } from '../helpers/providers.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { connectSavedStateProvider, isSaved } from '../helpers/savedState.js'
import { ACCOUNTS, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('the saved state message', () => {
  it('tells a client that asked, once each of its edits is stored', async () => {
    const server = await startTestServer()
    const { provider, tracker } = await connectSavedStateProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    expect(isSaved(provider, tracker)).toBe(true)

    for (const label of ['first edit', 'second edit']) {
      provider.disconnect()
      appendParagraph(provider.doc, uniqueText(label))
      expect(isSaved(provider, tracker)).toBe(false)
      provider.connect()
      await waitFor(`the ${label} is reported saved`, () => isSaved(provider, tracker))
    }
  })

  it('tells a client that asked about edits other people make', async () => {
    const server = await startTestServer()
    const { provider: watcher, tracker } = await connectSavedStateProvider(server.collabUrl, await server.login(ACCOUNTS.panel))
    const writer = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.author))
    const typed = uniqueText('typed by someone else')

    appendParagraph(writer.doc, typed)

    await waitFor('the watcher has the edit', () => hasText(watcher.doc, typed))
    await waitFor('the watcher is told the edit is saved', () => isSaved(watcher, tracker))
  })

  it('is never sent to a stock client that did not ask for it', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const plain = createProvider(server.collabUrl, author, { connect: false })
    let unexpected = 0
    plain.messageHandlers[MessageType.SavedState] = () => {
      unexpected += 1
    }
    plain.connect()
    await waitUntilSynced(plain)
    const { provider: asking, tracker } = await connectSavedStateProvider(server.collabUrl, author)

    appendParagraph(plain.doc, uniqueText('typed by the stock client'))
    await waitFor('the asking client is told it is saved', () => isSaved(asking, tracker))
    // Anything sent to the stock client before this later edit arrives before it too.
    const later = uniqueText('a later edit')
    appendParagraph(asking.doc, later)
    await waitFor('the stock client has the later edit', () => hasText(plain.doc, later))

    expect(unexpected).toBe(0)
  })
})
