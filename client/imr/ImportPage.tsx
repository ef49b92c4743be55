import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { imrPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { FormButtons } from '../forms/FormButtons'
import { FormGroup } from '../forms/FormGroup'
import { RadiosField } from '../forms/RadiosField'
import { ChronologyColumnsDetails } from './ChronologyColumnsDetails'
import { IMPORT_FILE_ID, IMPORT_MODE_ID, MAX_IMPORT_SIZE } from './chronologyImportForm'
import { mayChangeImr } from './imrAccess'
import { ImrChangesClosed } from './ImrChangesClosed'
import { ImrFormLayout } from './ImrFormLayout'
import { useImportForm } from './useImportForm'

const ACCEPT = '.csv,.docx,text/csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function ImportForm({ review, imr }: { review: Review; imr: ImrView }) {
  const form = useImportForm(review, imr)
  const { values, update, errors } = form
  usePageTitle(`Import a chronology: IMR: ${imr.agencyName}`, form.summary.length > 0)
  const count = imr.entries.length
  const problemCount = errors.problems?.length ?? 0
  const fileError = errors.file ?? (problemCount > 0 ? `The file has ${problemCount === 1 ? 'a problem' : `${problemCount} problems`}, so nothing was imported. Correct the file and choose it again` : undefined)
  const modeOptions = [
    { value: 'replace' as const, label: 'Replace the chronology', hint: count > 0 ? `The ${count === 1 ? 'entry' : `${count} entries`} in it now will be deleted` : undefined },
    { value: 'append' as const, label: 'Add to the chronology', hint: 'The file’s entries join those already in it' },
  ]
  return (
    <ImrFormLayout imr={imr} heading="Import a chronology" form={form}>
      <p className="govuk-body">
        Import the agency’s chronology from a spreadsheet saved as CSV, or from a table in a Word document. The whole file is checked first: if any row has a
        problem, nothing is imported and every problem is listed.
      </p>
      <ChronologyColumnsDetails />
      <form onSubmit={form.submit} noValidate>
        <FormGroup id={IMPORT_FILE_ID} label="Chronology file" labelClassName="govuk-label--s" hint={`A CSV file or a Word document (.docx), up to ${MAX_IMPORT_SIZE}`} error={fileError}>
          {(ariaDescribedBy) => (
            <input
              className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
              id={IMPORT_FILE_ID}
              name={IMPORT_FILE_ID}
              type="file"
              accept={ACCEPT}
              aria-describedby={ariaDescribedBy}
              onChange={(event) => update({ file: event.target.files?.[0] ?? null })}
            />
          )}
        </FormGroup>
        <RadiosField id={IMPORT_MODE_ID} legend="What should the file do?" error={errors.mode} options={modeOptions} value={values.mode} onChange={(mode) => update({ mode })} />
        <FormButtons submitLabel={form.sending ? 'Importing…' : 'Import the file'} sending={form.sending} cancelHref={imrPath(review.id, imr.agencyId)} />
        <p className="govuk-body app-muted" role="status">
          {form.sending ? `Importing ${values.file?.name ?? 'the file'}: this can take a moment for a long chronology.` : ''}
        </p>
      </form>
    </ImrFormLayout>
  )
}

/** Import a chronology file into the IMR: every row checked, then all of it taken or none. */
export function ImportPage({ review, imr }: { review: Review; imr: ImrView }) {
  if (!mayChangeImr(review, imr)) return <ImrChangesClosed review={review} imr={imr} />
  return <ImportForm review={review} imr={imr} />
}
