import { describe, expect, it } from 'vitest'
import { saveMessage } from '../../../client/collab/saveMessage'

describe('what the status bar says about saving', () => {
  it('says saved, then saving, calmly', () => {
    expect(saveMessage('connected', true, false)).toEqual({ text: 'All changes saved', warning: false })
    expect(saveMessage('connected', false, false)).toEqual({ text: 'Saving…', warning: false })
  })

  it('warns, and says what to do, when the server has not stored changes for a while', () => {
    const message = saveMessage('connected', false, true)
    expect(message.warning).toBe(true)
    expect(message.text).toContain('not been able to store your recent changes')
    expect(message.text).toContain('Keep this page open')
  })

  it('warns while offline with unsaved changes, and not once they are saved', () => {
    expect(saveMessage('reconnecting', false, false)).toMatchObject({ warning: true, text: expect.stringContaining('Changes not yet saved on the server') })
    expect(saveMessage('offline', true, false)).toEqual({ text: 'All changes saved', warning: false })
  })
})
