/**
 * Comment anchors through the real server, two people with stock providers, editing through the
 * editor's binding: the thread stays on its text while the other person types inside, before and
 * after it, deletes part of it, undoes and redoes; it follows its text when cut and pasted; threads
 * overlap and nest; a thread whose text is all deleted is detached and kept, with its quote.
 */
import { describe, expect, it } from 'vitest'
import { isDetached, findThreadRanges } from '../../shared/comments/anchors.js'
import { readThread, readThreads } from '../../shared/comments/threads.js'
import { connectProvider } from '../helpers/providers.js'
import { appendParagraph } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'
import { waitUntilConverged } from '../reliability/support/convergence.js'
import { commentOn, cutAndPaste, editWith, findText, readReport, threadTexts, undoManagerOf } from '../server/comments/commentEdits.js'

async function twoPeople() {
  const server = await startTestServer()
  const [authorToken, panelToken] = await Promise.all([server.login(ACCOUNTS.author), server.login(ACCOUNTS.panel)])
  const author = await connectProvider(server.collabUrl, authorToken)
  const panel = await connectProvider(server.collabUrl, panelToken)
  const authorUser = { id: server.accounts.findByEmail(ACCOUNTS.author)?.id ?? '', name: 'Author' }
  const panelUser = { id: server.accounts.findByEmail(ACCOUNTS.panel)?.id ?? '', name: 'Panel' }
  const converged = async () => {
    const serverCopy = server.collab.registry.find(DEMO_REPORT)?.doc
    await waitUntilConverged([author, panel], { docs: serverCopy ? [serverCopy] : [] })
  }
  return { server, author, panel, authorUser, panelUser, converged }
}

const THREAD = 'thr_anchor0001'

describe('comment anchors while others edit', () => {
  it('stays on its text while the other person types inside, before and after it, deletes part, undoes and redoes', async () => {
    const { author, panel, authorUser, converged } = await twoPeople()
    appendParagraph(author.doc, 'Opening words. The health visitor saw the child at home on Tuesday. Closing words.')
    await converged()
    commentOn(author.doc, THREAD, 'saw the child at home', authorUser, 'Was the child seen alone?')
    await converged()
    expect(threadTexts(panel.doc).get(THREAD)).toBe('saw the child at home')

    const undo = undoManagerOf(panel.doc)
    editWith(panel.doc, (tr, report) => tr.insertText('briefly ', findText(report, 'the child at home').from))
    editWith(panel.doc, (tr, report) => tr.insertText('Then ', findText(report, 'The health visitor').from))
    editWith(panel.doc, (tr, report) => tr.insertText(' (unannounced)', findText(report, 'at home').to))
    // At the same time, the author types inside too.
    editWith(author.doc, (tr, report) => tr.insertText(' own', findText(report, 'at home').from + 2))
    await converged()
    expect(threadTexts(author.doc).get(THREAD)).toBe('saw briefly the child at own home')
    expect(readReport(author.doc).textContent).toContain('Then The health visitor saw briefly the child at own home (unannounced) on Tuesday.')

    editWith(panel.doc, (tr, report) => {
      const { from, to } = findText(report, 'the child ')
      tr.delete(from, to)
    })
    await converged()
    expect(threadTexts(author.doc).get(THREAD)).toBe('saw briefly at own home')

    undo.undo()
    await converged()
    expect(threadTexts(author.doc).get(THREAD)).toBe('saw briefly the child at own home')
    undo.redo()
    await converged()
    expect(threadTexts(author.doc).get(THREAD)).toBe('saw briefly at own home')
    while (undo.canUndo()) undo.undo()
    await converged()
    expect(threadTexts(author.doc).get(THREAD)).toBe('saw the child at own home')
    expect(threadTexts(panel.doc)).toEqual(threadTexts(author.doc))
    expect(readThread(panel.doc, THREAD)?.messages.map((message) => message.body)).toEqual(['Was the child seen alone?'])
  })

  it('follows its text when it is cut and pasted elsewhere in the report', async () => {
    const { author, panel, authorUser, converged } = await twoPeople()
    appendParagraph(author.doc, 'First paragraph with a missed referral in it.')
    appendParagraph(author.doc, 'Second paragraph ends here.')
    await converged()
    commentOn(author.doc, THREAD, 'a missed referral', authorUser)
    await converged()
    cutAndPaste(panel.doc, 'with a missed referral', 'ends here')
    await converged()
    const report = readReport(author.doc)
    expect(report.textContent).toContain('First paragraph  in it.')
    expect(report.textContent).toContain('Second paragraph ends herewith a missed referral')
    expect(threadTexts(author.doc).get(THREAD)).toBe('a missed referral')
    const [range] = findThreadRanges(report).get(THREAD) ?? []
    expect(range.from).toBeGreaterThan(findText(report, 'Second paragraph').from)
  })

  it('keeps overlapping and nested threads each on their own text while the other person types in them', async () => {
    const { author, panel, authorUser, panelUser, converged } = await twoPeople()
    appendParagraph(author.doc, 'The school noticed bruising and told the police the next week.')
    await converged()
    commentOn(author.doc, 'thr_outer00001', 'noticed bruising and told the police', authorUser)
    commentOn(panel.doc, 'thr_inner00001', 'bruising', panelUser)
    await converged()
    commentOn(panel.doc, 'thr_overlap001', 'the police the next week', panelUser)
    await converged()
    editWith(author.doc, (tr, report) => tr.insertText('facial ', findText(report, 'bruising').from))
    editWith(panel.doc, (tr, report) => tr.insertText(' only', findText(report, 'the police').to))
    editWith(panel.doc, (tr, report) => tr.insertText('x', findText(report, 'bruising').from + 3))
    await converged()
    const texts = threadTexts(author.doc)
    // Typed at the end of the outer thread's text: not part of it (the mark does not extend), but inside the overlapping one.
    expect(texts.get('thr_outer00001')).toBe('noticed facial bruxising and told the police')
    expect(texts.get('thr_inner00001')).toBe('bruxising')
    expect(texts.get('thr_overlap001')).toBe('the police only the next week')
    expect(threadTexts(panel.doc)).toEqual(texts)
  })

  it('detaches a thread whose text is deleted, keeping it with the text it was on', async () => {
    const { author, panel, authorUser, converged } = await twoPeople()
    appendParagraph(author.doc, 'Keep this. Remove this sentence entirely. Keep that.')
    await converged()
    commentOn(author.doc, THREAD, 'Remove this sentence entirely.', authorUser)
    await converged()
    // The other person deletes the text around and including the thread's, in two steps.
    editWith(panel.doc, (tr, report) => {
      const { from, to } = findText(report, 'sentence entirely. Keep')
      tr.delete(from, to)
    })
    editWith(panel.doc, (tr, report) => {
      const { from, to } = findText(report, 'Remove this ')
      tr.delete(from, to)
    })
    await converged()
    for (const doc of [author.doc, panel.doc]) {
      expect(isDetached(findThreadRanges(readReport(doc)), THREAD)).toBe(true)
      expect(readThreads(doc).map((thread) => [thread.id, thread.quote])).toEqual([[THREAD, 'Remove this sentence entirely.']])
    }
    expect(readReport(author.doc).textContent).toContain('Keep this.  that.')
  })
})
