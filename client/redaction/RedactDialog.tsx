import { DialogButtons } from '../forms/DialogButtons'
import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import { ENTITY_CATEGORIES, ENTITY_CATEGORY_LABELS, REDACTION_REASON_LABELS, REDACTION_REASONS } from '../../shared/redaction/categories'
import { REDACTION_MARK, type RedactionAttributes } from '../../shared/schema'
import { ErrorSummary } from '../forms/ErrorSummary'
import { RadiosField } from '../forms/RadiosField'
import { SelectField } from '../forms/SelectField'
import { useForm } from '../forms/useForm'
import { AD_HOC, checkRedaction, initialRedactValues, redactFieldId, redactSummary, type RedactErrors } from './redactForm'
import { isInRedaction, redactSelection, removeRedaction, selectedText } from './redactionActions'
import { useRegister, type RegisterStore } from './registerStore'

const NO_ERRORS: RedactErrors = {}
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

/**
 * Redacts the selection as one of the register's entities or ad hoc; on a redaction already there,
 * changes or removes it. A modal dialog: Escape or Cancel goes back to the text.
 */
export function RedactDialog({ editor, store, onClose }: { editor: Editor; store: RegisterStore; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const { entities } = useRegister(store)
  const existing = isInRedaction(editor) ? (editor.getAttributes(REDACTION_MARK) as RedactionAttributes) : null
  const selected = useRef(selectedText(editor)).current
  const close = () => {
    onClose()
    editor.commands.focus()
  }
  const form = useForm({
    initial: initialRedactValues(existing, selected, store.matcher, entities),
    noErrors: NO_ERRORS,
    check: (values) => checkRedaction(values, entities),
    send: async (attributes) => {
      if (existing) editor.chain().extendMarkRange(REDACTION_MARK).run()
      redactSelection(editor, attributes)
      onClose()
    },
    errorsFrom: () => NO_ERRORS,
    summary: redactSummary,
  })
  const { values, update, errors } = form

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const adHoc = (
    <>
      <SelectField id={redactFieldId('category')} label="What kind of thing is it?" placeholder="Choose a kind" error={errors.category} value={values.category} onChange={(category) => update({ category })} options={ENTITY_CATEGORIES.map((value) => ({ value, label: ENTITY_CATEGORY_LABELS[value] }))} />
      <SelectField id={redactFieldId('reason')} label="Why must it not be published?" placeholder="Choose a reason" error={errors.reason} value={values.reason} onChange={(reason) => update({ reason })} options={REDACTION_REASONS.map((value) => ({ value, label: REDACTION_REASON_LABELS[value] }))} />
    </>
  )
  const options = [
    ...entities.map((entity) => ({ value: entity.id, label: entity.pseudonym, hint: `${entity.realName}: ${ENTITY_CATEGORY_LABELS[entity.category].toLowerCase()}` })),
    { value: AD_HOC, label: 'Not in the register', hint: 'Published as neutral words, such as “[a place]”', conditional: adHoc },
  ]

  return (
    <dialog ref={dialog} className="app-dialog" aria-labelledby="redact-heading" onCancel={(event) => { event.preventDefault(); close() }}>
      <form onSubmit={form.submit} noValidate>
        <ErrorSummary errors={form.summary} attempt={form.attempt} />
        <h2 className="govuk-heading-m" id="redact-heading">
          {existing ? 'Change the redaction of' : 'Redact'} “{shorten(selected)}”
        </h2>
        <RadiosField
          id={redactFieldId('choice')}
          legend="Who or what is it?"
          hint={entities.length === 0 ? 'Add people and places to the register to publish their pseudonyms instead.' : 'The public summary shows the pseudonym instead.'}
          error={errors.choice}
          options={options}
          value={values.choice}
          onChange={(choice) => update({ choice })}
          small
        />
        <DialogButtons
          submitLabel={existing ? 'Save redaction' : 'Redact'}
          removeLabel="Remove redaction"
          onRemove={existing ? () => { removeRedaction(editor); onClose() } : undefined}
          onCancel={close}
        />
      </form>
    </dialog>
  )
}
