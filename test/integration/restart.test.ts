import { describe, expect, it } from 'vitest'
import { connectProvider } from '../helpers/providers.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { connectSavedStateProvider, isSaved } from '../helpers/savedState.js'
import { spawnServerProcess } from '../helpers/serverProcess.js'
import { makeTempDir } from '../helpers/tempDir.js'
import { signIn } from '../support/accounts.js'
import { ACCOUNTS, fetchReportHtml, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('the report survives the server stopping', () => {
  it('keeps edits when the server is closed and started again on the same data folder', async () => {
    const first = await startTestServer()
    const author = await first.login(ACCOUNTS.author)
    const provider = await connectProvider(first.collabUrl, author)
    const typed = uniqueText('typed before the restart')
    appendParagraph(provider.doc, typed)
    await waitFor('the server has the edit', async () => (await fetchReportHtml(first.url, author)).includes(typed))

    await first.close()
    provider.destroy()
    const second = await startTestServer({ dataDir: first.dataDir })
    const panel = await second.login(ACCOUNTS.panel)

    expect(await fetchReportHtml(second.url, panel)).toContain(typed)
    const reader = await connectProvider(second.collabUrl, panel)
    expect(hasText(reader.doc, typed)).toBe(true)
  })

  it('keeps an edit the server said was saved, even when the process is killed at once', async () => {
    const dataDir = await makeTempDir()
    const first = await spawnServerProcess(dataDir)
    const { provider: writer, tracker } = await connectSavedStateProvider(first.collabUrl, await signIn(first.url, ACCOUNTS.author))
    const typed = uniqueText('typed just before the crash')

    appendParagraph(writer.doc, typed)
    await waitFor('the server says the edit is saved', () => isSaved(writer, tracker))
    await first.kill()
    writer.destroy()

    const second = await spawnServerProcess(dataDir)
    const panel = await signIn(second.url, ACCOUNTS.panel)
    expect(await fetchReportHtml(second.url, panel)).toContain(typed)
    const reader = await connectProvider(second.collabUrl, panel)
    expect(hasText(reader.doc, typed)).toBe(true)
  })
})
