import { useEffect, useRef } from 'react'
import { TextareaField } from '../forms/TextareaField'
import { newRecommendation, recommendationId, type RecommendationValue } from './imrDetailsForm'

/** The agency's own recommendations: one box each, added and removed at will. A new one takes focus. */
export function RecommendationsField({ value, errors = {}, onChange }: { value: RecommendationValue[]; errors?: Record<number, string>; onChange: (value: RecommendationValue[]) => void }) {
  const added = useRef(false)
  useEffect(() => {
    if (!added.current) return
    added.current = false
    document.getElementById(recommendationId(value.length - 1))?.focus()
  }, [value.length])
  const add = () => {
    added.current = true
    onChange([...value, newRecommendation()])
  }
  return (
    <fieldset className="govuk-fieldset app-imr-recommendations" id="details-recommendations" tabIndex={-1} aria-describedby="details-recommendations-hint">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">The agency’s recommendations</legend>
      <div className="govuk-hint" id="details-recommendations-hint">
        What the agency will change as a result of what it found. The overview report draws on them.
      </div>
      {value.length === 0 && <p className="govuk-body">No recommendations yet.</p>}
      {value.map((recommendation, index) => (
        <div className="app-imr-recommendation" key={recommendation.key}>
          <TextareaField
            id={recommendationId(index)}
            label={`Recommendation ${index + 1}`}
            rows={3}
            error={errors[index]}
            value={recommendation.text}
            onChange={(text) => onChange(value.map((candidate) => (candidate.key === recommendation.key ? { ...candidate, text } : candidate)))}
          />
          <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => onChange(value.filter((candidate) => candidate.key !== recommendation.key))}>
            Remove<span className="govuk-visually-hidden"> recommendation {index + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
        {value.length === 0 ? 'Add a recommendation' : 'Add another recommendation'}
      </button>
    </fieldset>
  )
}
