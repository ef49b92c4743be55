import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import type { SignOff } from '../../shared/imr/imrDetails'
import type { ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { imrPath, navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { DateInputField } from '../forms/DateInputField'
import { hasErrors } from '../forms/fieldErrors'
import { FormButtons } from '../forms/FormButtons'
import { TextField } from '../forms/TextField'
import { useForm } from '../forms/useForm'
import { mayChangeImr } from './imrAccess'
import { imrApiPath, sendImrJson } from './imrApi'
import { ImrChangesClosed } from './ImrChangesClosed'
import { ImrFormLayout } from './ImrFormLayout'
import { checkSignOff, EMPTY_SIGN_OFF, signOffErrorsFrom, signOffFieldId, signOffSummary, type SignOffErrors, type SignOffValues } from './signOffForm'
import { WarningText } from '../forms/WarningText'

type Errors = SignOffErrors & { problem?: ApiError }

const NO_ERRORS: Errors = {}

const today = (): string => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

function SignOffForm({ review, imr }: { review: Review; imr: ImrView }) {
  const form = useForm<SignOffValues, Errors, SignOff>({
    initial: EMPTY_SIGN_OFF,
    noErrors: NO_ERRORS,
    check: (values) => {
      const { signOff, errors } = checkSignOff(values, today())
      return { valid: signOff, errors }
    },
    send: async (signOff) => {
      await sendImrJson('POST', imrApiPath(review.id, imr.agencyId, 'status'), { status: 'signed-off', signOff })
      navigate(imrPath(review.id, imr.agencyId), { flash: `The IMR is signed off by ${signOff.name}` })
    },
    errorsFrom: (error) => {
      const errors = signOffErrorsFrom(error.fields)
      return hasErrors(errors) ? errors : { problem: error }
    },
    summary: signOffSummary,
  })
  const { values, update, errors } = form
  usePageTitle(`Record the sign-off: IMR: ${imr.agencyName}`, form.summary.length > 0)
  return (
    <ImrFormLayout imr={imr} heading="Record the sign-off" form={form} problems={errors.problem && <ProblemPanel title="The sign-off could not be recorded" error={errors.problem} />}>
      <p className="govuk-body">The agency’s chief executive, or the person of equivalent standing, signs the IMR off before it goes to the panel.</p>
      <WarningText>
        Once the sign-off is recorded, the IMR is read only. Only the independent author can return it to the agency for changes.
      </WarningText>
      <form onSubmit={form.submit} noValidate>
        <TextField id={signOffFieldId('name')} label="Name of the person who signed it off" error={errors.name} value={values.name} onChange={(name) => update({ name })} autoComplete="off" />
        <TextField
          id={signOffFieldId('role')}
          label="Their role"
          hint="For example, Chief Executive"
          error={errors.role}
          value={values.role}
          onChange={(role) => update({ role })}
          autoComplete="off"
        />
        <DateInputField id={signOffFieldId('date')} legend="Date of sign-off" hint="For example, 27 3 2025" error={errors.date} value={values.date} onChange={(date) => update({ date })} />
        <FormButtons submitLabel="Record the sign-off" sending={form.sending} cancelHref={imrPath(review.id, imr.agencyId)} />
      </form>
    </ImrFormLayout>
  )
}

/** The agency records who signed its IMR off, and when; the IMR is read only from then on. */
export function SignOffPage({ review, imr }: { review: Review; imr: ImrView }) {
  if (!mayChangeImr(review, imr)) return <ImrChangesClosed review={review} imr={imr} />
  return <SignOffForm review={review} imr={imr} />
}
