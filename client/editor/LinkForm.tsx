import { DialogButtons } from '../forms/DialogButtons'
import type { Editor } from '@tiptap/core'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { isAllowedLink } from '../../shared/schema'

/** Adds, changes or removes the link on the selected text. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const existing = String(editor.getAttributes('link').href ?? '')
  const [address, setAddress] = useState(existing)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const id = useId()

  useEffect(() => input.current?.focus(), [])

  const close = () => {
    onClose()
    editor.commands.focus()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const href = address.trim()
    if (!href) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run()
      onClose()
      return
    }
    const withProtocol = /^[a-z]+:/i.test(href) ? href : `https://${href}`
    if (!isAllowedLink(withProtocol)) {
      setError('Enter a web address that starts with https:// or http://, or an email address that starts with mailto:')
      return
    }
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href: withProtocol } }] }).run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: withProtocol }).run()
    }
    onClose()
  }

  return (
    <form className="app-link-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && close()} noValidate>
      <div className={`govuk-form-group ${error ? 'govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-href`}>
          Link address
        </label>
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          ref={input}
          id={`${id}-href`}
          className={`govuk-input ${error ? 'govuk-input--error' : ''}`}
          type="url"
          spellCheck={false}
          autoComplete="off"
          value={address}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setAddress(event.target.value)}
        />
      </div>
      <DialogButtons
        submitLabel={existing ? 'Change link' : 'Add link'}
        removeLabel="Remove link"
        onRemove={existing ? () => { editor.chain().focus().extendMarkRange('link').unsetLink().run(); onClose() } : undefined}
        onCancel={close}
      />
    </form>
  )
}
