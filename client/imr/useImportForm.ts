/**
 * @module
 * The state of the import form: the file goes to the server as it is, and the whole file is taken or
 * none of it. Once imported, the IMR page says how many entries came in.
 */
import { ImportResultSchema, type ImportMode, type ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import type { ApiError } from '../api/http'
import { imrPath, navigate } from '../app/router'
import { hasErrors } from '../forms/fieldErrors'
import { useForm, type Form } from '../forms/useForm'
import { checkImport, importedMessage, importErrorsFrom, importSummary, type ImportErrors, type ImportValues } from './chronologyImportForm'
import { ImrApiError, imrApiPath, uploadChronology } from './imrApi'

export type ImportForm = Form<ImportValues, ImportErrors>

const NO_ERRORS: ImportErrors = {}

function errorsFrom(error: ApiError): ImportErrors {
  return importErrorsFrom({ code: error.code, message: error.message, fields: error.fields, problems: error instanceof ImrApiError ? error.problems : [] })
}

export function useImportForm(review: Review, imr: ImrView): ImportForm {
  return useForm<ImportValues, ImportErrors, { file: File; mode: ImportMode }>({
    initial: { file: null, mode: imr.entries.length === 0 ? 'append' : null },
    noErrors: NO_ERRORS,
    check: (values) => {
      const errors = checkImport(values)
      return { valid: hasErrors(errors) || !values.file || !values.mode ? null : { file: values.file, mode: values.mode }, errors }
    },
    send: async ({ file, mode }) => {
      const result = await uploadChronology(imrApiPath(review.id, imr.agencyId, 'chronology/import'), file, mode, ImportResultSchema)
      navigate(imrPath(review.id, imr.agencyId), { flash: importedMessage(result.imported) })
    },
    errorsFrom,
    summary: importSummary,
  })
}
