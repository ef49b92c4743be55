import type { Collaborator } from './useCollaboration'

export function PresenceList({ collaborators }: { collaborators: Collaborator[] }) {
  return (
    <section className="app-presence" aria-labelledby="presence-heading">
      <h2 className="govuk-heading-s" id="presence-heading">
        Also here
      </h2>
      {collaborators.length === 0 ? (
        <p className="govuk-body-s app-muted">Nobody else has this document open.</p>
      ) : (
        <ul className="govuk-list app-presence__list">
          {collaborators.map((person) => (
            <li key={person.clientId} className="app-presence__person">
              <span className="app-presence__swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
