/**
 * @module
 * The state of the entry form: adding an entry, or changing one against the revision it was opened
 * at. A change someone else made first comes back as a conflict, for the page to explain.
 */
import { ChronologyEntrySchema, type ChronologyEntry } from '../../shared/imr/chronologyEntry'
import { formatChronologyDate } from '../../shared/imr/chronologyDate'
import type { Review } from '../../shared/api/reviews'
import type { ImrView } from '../../shared/api/imrs'
import type { ApiError } from '../api/http'
import { imrPath, navigate } from '../app/router'
import { hasErrors } from '../forms/fieldErrors'
import { useForm, type Form } from '../forms/useForm'
import { checkEntry, EMPTY_ENTRY, entryErrorsFrom, entrySummary, entryValuesOf, type EntryErrors, type EntryValues } from './chronologyEntryForm'
import { imrApiPath, sendImrJson } from './imrApi'

/** `conflict`: the entry changed since the form opened; `problem`: a refusal about no field in particular. */
export type EntryFormErrors = EntryErrors & { conflict?: boolean; problem?: ApiError }

export type EntryForm = Form<EntryValues, EntryFormErrors>

const NO_ERRORS: EntryFormErrors = {}

function errorsFrom(error: ApiError): EntryFormErrors {
  if (error.code === 'edit_conflict') return { conflict: true }
  const errors = entryErrorsFrom(error.fields)
  return hasErrors(errors) ? errors : { problem: error }
}

export function useEntryForm(review: Review, imr: ImrView, entry: ChronologyEntry | null): EntryForm {
  return useForm({
    initial: entry ? entryValuesOf(entry) : EMPTY_ENTRY,
    noErrors: NO_ERRORS,
    check: (values) => {
      const { fields, errors } = checkEntry(values)
      return { valid: fields, errors }
    },
    send: async (fields) => {
      const saved = entry
        ? await sendImrJson('PUT', imrApiPath(review.id, imr.agencyId, `entries/${entry.id}`), { revision: entry.revision, fields }, ChronologyEntrySchema)
        : await sendImrJson('POST', imrApiPath(review.id, imr.agencyId, 'entries'), fields, ChronologyEntrySchema)
      const when = formatChronologyDate(saved.date)
      navigate(imrPath(review.id, imr.agencyId), { flash: entry ? `The entry of ${when} was changed` : `The entry of ${when} was added` })
    },
    errorsFrom,
    summary: entrySummary,
  })
}
