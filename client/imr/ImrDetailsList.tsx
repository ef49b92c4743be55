import type { ReactNode } from 'react'
import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { AUTHOR_INVOLVEMENT_LABELS, type ImrDetailsFields } from '../../shared/imr/imrDetails'
import { followLink, imrPath } from '../app/router'
import { dateInputId } from '../forms/DateInputField'
import { formatIsoDate } from '../forms/formatDate'
import { detailsFieldId, type DetailsTextField } from './imrDetailsForm'

interface DetailRow {
  key: string
  /** The form field the Change link goes to. */
  field: DetailsTextField | 'recordsSecuredOn' | 'recommendations'
  /** For the Change link, after "Change": "the author’s role". */
  changeWhat: string
  value: (details: ImrDetailsFields) => ReactNode
}

const NOT_GIVEN = <span className="app-muted">Not given yet</span>

const text = (value: string): ReactNode => (value.trim() ? <span className="app-imr-text">{value}</span> : NOT_GIVEN)

const ROWS: DetailRow[] = [
  { key: 'IMR author’s role', field: 'authorRole', changeWhat: 'the IMR author’s role', value: (details) => text(details.authorRole) },
  {
    key: 'Involvement in the case',
    field: 'authorInvolvement',
    changeWhat: 'the IMR author’s involvement in the case',
    value: (details) => (details.authorInvolvement ? AUTHOR_INVOLVEMENT_LABELS[details.authorInvolvement] : NOT_GIVEN),
  },
  {
    key: 'Records secured on',
    field: 'recordsSecuredOn',
    changeWhat: 'the date the records were secured',
    value: (details) => (details.recordsSecuredOn ? formatIsoDate(details.recordsSecuredOn) : NOT_GIVEN),
  },
  { key: 'Records read', field: 'recordsRead', changeWhat: 'the records read', value: (details) => text(details.methodology.recordsRead) },
  { key: 'People interviewed', field: 'peopleInterviewed', changeWhat: 'the people interviewed', value: (details) => text(details.methodology.peopleInterviewed) },
  { key: 'Workload', field: 'workload', changeWhat: 'the workload', value: (details) => text(details.context.workload) },
  { key: 'Staffing', field: 'staffing', changeWhat: 'the staffing', value: (details) => text(details.context.staffing) },
  { key: 'Organisational change', field: 'organisationalChange', changeWhat: 'the organisational change', value: (details) => text(details.context.organisationalChange) },
  {
    key: 'The agency’s recommendations',
    field: 'recommendations',
    changeWhat: 'the agency’s recommendations',
    value: (details) =>
      details.recommendations.length === 0 ? (
        NOT_GIVEN
      ) : (
        <ol className="govuk-list govuk-list--number app-imr-text">
          {details.recommendations.map((recommendation, index) => (
            <li key={index}>{recommendation}</li>
          ))}
        </ol>
      ),
  },
]

function fieldAnchor(field: DetailRow['field']): string {
  if (field === 'recommendations') return 'details-recommendations'
  return field === 'recordsSecuredOn' ? dateInputId(detailsFieldId(field), 'day') : detailsFieldId(field)
}

/** The IMR's details as a GOV.UK summary list, each with a link to change it while the agency may. */
export function ImrDetailsList({ review, imr, mayChange }: { review: Review; imr: ImrView; mayChange: boolean }) {
  const formPath = imrPath(review.id, imr.agencyId, 'details')
  return (
    <section className="app-imr-section" aria-labelledby="imr-details-heading">
      <h2 className="govuk-heading-m" id="imr-details-heading">
        About this IMR
      </h2>
      <dl className={`govuk-summary-list${mayChange ? '' : ' govuk-summary-list--no-actions'}`}>
        {ROWS.map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value(imr.details)}</dd>
            {mayChange && (
              <dd className="govuk-summary-list__actions">
                <a className="govuk-link" href={`${formPath}#${fieldAnchor(row.field)}`} onClick={followLink}>
                  Change<span className="govuk-visually-hidden"> {row.changeWhat}</span>
                </a>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  )
}
