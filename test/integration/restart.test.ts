import { describe, expect, it } from 'vitest'
import { connectProvider } from '../helpers/providers.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { connectSavedStateProvider, isSaved } from '../helpers/savedState.js'
import { spawnServerProcess } from '../helpers/serverProcess.js'
import { makeTempDir } from '../helpers/tempDir.js'
import { fetchReportHtml, startTestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

describe('the report survives the server stopping', () => {
  it('keeps edits when the server is closed and started again on the same data folder', async () => {
    const first = await startTestServer()
    const provider = await connectProvider(first.collabUrl)
    const typed = uniqueText('typed before the restart')
    appendParagraph(provider.doc, typed)
    await waitFor('the server has the edit', async () => (await fetchReportHtml(first.url)).includes(typed))

    await first.close()
    provider.destroy()
    const second = await startTestServer({ dataDir: first.dataDir })

    expect(await fetchReportHtml(second.url)).toContain(typed)
    const reader = await connectProvider(second.collabUrl)
    expect(hasText(reader.doc, typed)).toBe(true)
  })

  it('keeps an edit the server said was saved, even when the process is killed at once', async () => {
    const dataDir = await makeTempDir()
    const first = await spawnServerProcess(dataDir)
    const { provider: writer, tracker } = await connectSavedStateProvider(first.collabUrl)
    const typed = uniqueText('typed just before the crash')

    appendParagraph(writer.doc, typed)
    await waitFor('the server says the edit is saved', () => isSaved(writer, tracker))
    await first.kill()
    writer.destroy()

    const second = await spawnServerProcess(dataDir)
    expect(await fetchReportHtml(second.url)).toContain(typed)
    const reader = await connectProvider(second.collabUrl)
    expect(hasText(reader.doc, typed)).toBe(true)
  })
})
