/**
 * @module
 * One recommendation in the Recommendations tab: its number (which moves the editor to it), its text,
 * what is wrong with it, the finding it answers and who it is addressed to. Changes go through the
 * editor's commands, so they reach everyone through the shared document like any other edit.
 */
import type { Editor } from '@tiptap/core'
import { addresseeLabel, type AddresseeAgency } from '../../shared/recommendations/addressees'
import type { NumberedFinding, NumberedRecommendation } from '../../shared/recommendations/numbering'
import type { RecommendationWarning } from '../../shared/recommendations/warnings'
import { showPlace } from '../editor/showPlace'
import { addresseeChoices, findingChoices, findRecommendation, shorten, toggleAddressee } from './recommendationsView'

export interface RecommendationCardProps {
  editor: Editor
  recommendation: NumberedRecommendation
  findings: readonly NumberedFinding[]
  warnings: readonly RecommendationWarning[]
  /** The review's agencies; null while they load. */
  agencies: readonly AddresseeAgency[] | null
  editable: boolean
}

export function RecommendationWarnings({ warnings }: { warnings: readonly RecommendationWarning[] }) {
  if (warnings.length === 0) return null
  return (
    <div className="govuk-warning-text app-recommendation-card__warning">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning: </span>
        {warnings.length === 1 ? (
          warnings[0].message
        ) : (
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            {warnings.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}

export function RecommendationCard({ editor, recommendation, findings, warnings, agencies, editable }: RecommendationCardProps) {
  const { number } = recommendation
  const id = `recommendation-${number}`
  // Read again at the moment of the change: someone may have moved it since this was drawn.
  const change = (apply: (current: NumberedRecommendation) => void) => {
    const current = findRecommendation(editor.state.doc, recommendation)
    if (current) apply(current)
  }
  const show = () => {
    const current = findRecommendation(editor.state.doc, recommendation)
    if (current) showPlace(editor, current.pos + 2, current.pos + 2)
  }
  const addressees = agencies ? recommendation.addressees.map((addressee) => addresseeLabel(addressee, agencies)).filter((name): name is string => name !== null) : []

  return (
    <article className="app-recommendation-card" aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-heading`}>
        <button type="button" className="app-link-button" onClick={show}>
          Recommendation {number}
        </button>
      </h3>
      <p className="govuk-body-s app-recommendation-card__text">{recommendation.text ? shorten(recommendation.text, 240) : <span className="app-muted">No text yet.</span>}</p>
      <RecommendationWarnings warnings={warnings} />
      {editable ? (
        <>
          <div className="govuk-form-group govuk-!-margin-bottom-3">
            <label className="govuk-label govuk-label--s govuk-!-font-size-16" htmlFor={`${id}-finding`}>
              The finding it answers
            </label>
            <select
              id={`${id}-finding`}
              className="govuk-select app-recommendation-card__select"
              value={recommendation.findingId ?? ''}
              onChange={(event) => change((current) => editor.commands.setRecommendationFinding(current.pos, event.target.value || null))}
            >
              {findingChoices(findings, recommendation).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <div className="govuk-form-group govuk-!-margin-bottom-2">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s govuk-!-font-size-16">Addressed to</legend>
              {agencies === null ? (
                <p className="govuk-body-s app-muted">Loading the review’s agencies…</p>
              ) : (
                <div className="govuk-checkboxes govuk-checkboxes--small">
                  {addresseeChoices(agencies).map((choice) => (
                    <div className="govuk-checkboxes__item" key={choice.value}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`${id}-addressee-${choice.value}`}
                        type="checkbox"
                        checked={recommendation.addressees.includes(choice.value)}
                        onChange={(event) => {
                          const checked = event.target.checked
                          change((current) => editor.commands.setRecommendationAddressees(current.pos, toggleAddressee(current.addressees, choice.value, checked)))
                        }}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-addressee-${choice.value}`}>
                        {choice.label}
                      </label>
                    </div>
                  ))}
                </div>
              )}
            </fieldset>
          </div>
        </>
      ) : (
        <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-font-size-16 govuk-!-margin-bottom-2">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Answers</dt>
            <dd className="govuk-summary-list__value">{recommendation.finding ? `Finding ${recommendation.finding.number}: ${shorten(recommendation.finding.text)}` : 'No finding yet'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Addressed to</dt>
            <dd className="govuk-summary-list__value">{addressees.length > 0 ? addressees.join(', ') : 'No one yet'}</dd>
          </div>
        </dl>
      )}
    </article>
  )
}
