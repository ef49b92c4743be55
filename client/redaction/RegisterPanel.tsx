import { useState, type ReactNode } from 'react'
import { ENTITY_CATEGORY_LABELS, NEUTRAL_WORDING } from '../../shared/redaction/categories'
import type { RegisterEntity } from '../../shared/redaction/register'
import { removeEntity } from '../../shared/redaction/registerDoc'
import { EntityForm } from './EntityForm'
import { useRegister, type RegisterStore } from './registerStore'

function RemoveEntity({ store, entity, onDone }: { store: RegisterStore; entity: RegisterEntity; onDone: (removed: boolean) => void }) {
  return (
    <div className="app-register__confirm" role="group" aria-labelledby={`remove-${entity.id}`}>
      <p className="govuk-body-s govuk-!-font-weight-bold" id={`remove-${entity.id}`}>
        Remove {entity.pseudonym} from the register?
      </p>
      <p className="govuk-body-s">Text redacted as {entity.pseudonym} will be published as “{NEUTRAL_WORDING[entity.category]}”.</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning app-button--small" onClick={() => { removeEntity(store.doc, entity.id); onDone(true) }}>
          Yes, remove
        </button>
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </div>
  )
}

function EntityItem({ entity, actions }: { entity: RegisterEntity; actions: ReactNode }) {
  return (
    <li className="app-register__item">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{entity.pseudonym}</strong> <span className="app-muted govuk-body-s">{ENTITY_CATEGORY_LABELS[entity.category]}</span>
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">{entity.realName}</p>
      {entity.aliases.length > 0 && <p className="govuk-body-s govuk-!-margin-bottom-1 app-muted">Also: {entity.aliases.join(', ')}</p>}
      {actions}
    </li>
  )
}

/**
 * The register of people and places: each real name with its aliases, category and pseudonym. Those
 * who may edit the report add, change and remove entries; every open editor sees the change at once.
 */
export function RegisterPanel({ store, editable }: { store: RegisterStore; editable: boolean }) {
  const { entities, invalid } = useRegister(store)
  const [editing, setEditing] = useState<string | null>(null)
  const [removing, setRemoving] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const editingEntity = entities.find((entity) => entity.id === editing) ?? null

  const actions = (entity: RegisterEntity) => {
    if (!editable) return null
    if (removing === entity.id) return <RemoveEntity store={store} entity={entity} onDone={(removed) => { setRemoving(null); if (removed) setStatus(`${entity.pseudonym} was removed from the register.`) }} />
    return (
      <p className="govuk-body-s app-register__actions">
        <button type="button" className="app-link-button" onClick={() => { setRemoving(null); setEditing(entity.id) }}>
          Change<span className="govuk-visually-hidden"> {entity.pseudonym}</span>
        </button>
        <button type="button" className="app-link-button" onClick={() => { setEditing(null); setRemoving(entity.id) }}>
          Remove<span className="govuk-visually-hidden"> {entity.pseudonym}</span>
        </button>
      </p>
    )
  }

  return (
    <section aria-labelledby="register-heading">
      <h2 className="govuk-heading-s" id="register-heading">
        People and places
      </h2>
      <p className="govuk-body-s">Their names are found as you write. The public summary uses the pseudonym instead.</p>
      <p className="govuk-visually-hidden" role="status">{status}</p>
      {invalid.length > 0 && <p className="govuk-body-s app-muted">{invalid.length} entries could not be read; their names are still checked for.</p>}
      {entities.length === 0 ? (
        <p className="govuk-body-s app-muted">Nobody is in the register yet.</p>
      ) : (
        <ul className="govuk-list app-register">
          {entities.map((entity) => (
            <EntityItem key={entity.id} entity={entity} actions={actions(entity)} />
          ))}
        </ul>
      )}
      {editable &&
        (editing ? (
          <EntityForm key={editing} store={store} entity={editingEntity} onDone={(saved) => { setEditing(null); if (saved) setStatus(`${saved} was saved in the register.`) }} />
        ) : (
          <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => { setRemoving(null); setEditing('new') }}>
            Add a person or place
          </button>
        ))}
    </section>
  )
}
