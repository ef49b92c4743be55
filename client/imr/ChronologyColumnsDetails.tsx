import { SAMPLE_CHRONOLOGY_PATH } from '../../shared/api/imrs'
import { CHRONOLOGY_COLUMNS } from '../../shared/imr/chronologyColumns'
import { MAX_IMPORT_SIZE } from './chronologyImportForm'

/** What a chronology file must hold, in a GOV.UK details component, with a sample to start from. */
export function ChronologyColumnsDetails() {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">What the file must contain</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          The first row names the columns, in any order (Practitioner Role and practitioner_role are the same column); each row after it is one entry. In a Word document, put the chronology in a table whose first row names
          the columns. Files can be up to {MAX_IMPORT_SIZE}.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={SAMPLE_CHRONOLOGY_PATH} download>
            Download a sample chronology (CSV)
          </a>{' '}
          to start from.
        </p>
        <table className="govuk-table app-imr-columns">
          <caption className="govuk-table__caption govuk-table__caption--s">The columns of a chronology file</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Column
              </th>
              <th scope="col" className="govuk-table__header">
                What goes in it
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {CHRONOLOGY_COLUMNS.map((column) => (
              <tr className="govuk-table__row" key={column.name}>
                <th scope="row" className="govuk-table__header">
                  <code className="app-imr-columns__name">{column.name}</code>
                  {column.required && <span className="govuk-body-s app-block">Required</span>}
                </th>
                <td className="govuk-table__cell">{column.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
