import { useEffect, useRef } from 'react'
import { ENTITY_CATEGORIES, ENTITY_CATEGORY_LABELS } from '../../shared/redaction/categories'
import type { RegisterEntity } from '../../shared/redaction/register'
import { newEntityId, putEntity } from '../../shared/redaction/registerDoc'
import { ErrorSummary } from '../forms/ErrorSummary'
import { SelectField } from '../forms/SelectField'
import { TextareaField } from '../forms/TextareaField'
import { TextField } from '../forms/TextField'
import { useForm } from '../forms/useForm'
import { checkEntity, EMPTY_ENTITY, entityFieldId, entitySummary, entityValues, type EntityErrors } from './entityForm'
import type { RegisterStore } from './registerStore'

const NO_ERRORS: EntityErrors = {}

/** Adds a person or place to the register, or changes one; saved into the report, so everyone sees it at once. */
export function EntityForm({ store, entity, onDone }: { store: RegisterStore; entity: RegisterEntity | null; onDone: (saved: string | null) => void }) {
  const firstField = useRef<HTMLDivElement>(null)
  const form = useForm({
    initial: entity ? entityValues(entity) : EMPTY_ENTITY,
    noErrors: NO_ERRORS,
    check: checkEntity,
    send: async (valid) => {
      putEntity(store.doc, entity?.id ?? newEntityId(), valid)
      onDone(valid.pseudonym)
    },
    errorsFrom: () => NO_ERRORS,
    summary: entitySummary,
  })
  const { values, update, errors } = form

  useEffect(() => firstField.current?.querySelector('input')?.focus(), [])

  return (
    <form className="app-entity-form" onSubmit={form.submit} noValidate aria-labelledby="entity-form-heading">
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <h3 className="govuk-heading-s" id="entity-form-heading">
        {entity ? `Change ${entity.pseudonym}` : 'Add a person or place'}
      </h3>
      <div ref={firstField}>
        <TextField id={entityFieldId('realName')} label="Real name" autoComplete="off" spellCheck={false} error={errors.realName} value={values.realName} onChange={(realName) => update({ realName })} />
      </div>
      <TextareaField
        id={entityFieldId('aliases')}
        label="Other names and spellings (optional)"
        hint="One on each line, for example a nickname or a maiden name"
        rows={3}
        error={errors.aliases}
        value={values.aliases}
        onChange={(aliases) => update({ aliases })}
      />
      <SelectField id={entityFieldId('category')} label="Category" placeholder="Choose a category" error={errors.category} value={values.category} onChange={(category) => update({ category })} options={ENTITY_CATEGORIES.map((value) => ({ value, label: ENTITY_CATEGORY_LABELS[value] }))} />
      <TextField id={entityFieldId('pseudonym')} label="Pseudonym" hint="What the public summary says instead, for example “Child K” or “Mother”" autoComplete="off" error={errors.pseudonym} value={values.pseudonym} onChange={(pseudonym) => update({ pseudonym })} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button app-button--small">
          {entity ? 'Save changes' : 'Add to the register'}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
