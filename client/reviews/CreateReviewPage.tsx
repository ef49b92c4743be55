import { useState } from 'react'
import { REVIEW_KIND_LABELS, REVIEW_KINDS, ReviewSchema } from '../../shared/api/reviews'
import { sendJson } from '../api/http'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { navigate, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { AdminOnly } from '../auth/AdminOnly'
import { ErrorSummary } from '../forms/ErrorSummary'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField } from '../forms/RadiosField'
import { TextareaField } from '../forms/TextareaField'
import { TextField } from '../forms/TextField'
import { useForm } from '../forms/useForm'
import { slugFor } from './agencies'
import { checkCreateReview, createReviewSummary, EMPTY_REVIEW, serverErrors, type CreateReviewErrors } from './createReviewForm'
import { KeyDateFields } from './KeyDateFields'

const KIND_OPTIONS = REVIEW_KINDS.map((kind) => ({ value: kind, label: REVIEW_KIND_LABELS[kind] }))
const NO_ERRORS: CreateReviewErrors = { fields: {}, dates: {} }

function CreateReviewForm() {
  const [idEdited, setIdEdited] = useState(false)
  const { values, update, errors, summary, attempt, sending, submit } = useForm({
    initial: EMPTY_REVIEW,
    noErrors: NO_ERRORS,
    check: (typed) => {
      const { review, errors } = checkCreateReview(typed)
      return { valid: review, errors }
    },
    send: async (review) => {
      const created = await sendJson('POST', '/api/reviews', review, ReviewSchema)
      navigate(reviewPath(created.id), { flash: `${created.title} was created. Add its members next.` })
    },
    errorsFrom: (problem) => serverErrors(problem.code, problem.message, problem.fields),
    summary: createReviewSummary,
  })
  usePageTitle('Create a review', summary.length > 0)

  const setTitle = (title: string) => update({ title, id: idEdited ? values.id : slugFor(title) })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} attempt={attempt} />
        <h1 className="govuk-heading-l">Create a review</h1>
        <form onSubmit={submit} noValidate>
          <TextField id="title" label="Title" hint="Use the child’s pseudonym, for example Child K" error={errors.fields.title} value={values.title} onChange={setTitle} widthClassName="govuk-!-width-two-thirds" />
          <TextField
            id="id"
            label="Short name for web addresses"
            hint="Lower-case letters, numbers and hyphens, for example child-k. It cannot be changed later."
            error={errors.fields.id}
            value={values.id}
            onChange={(id) => {
              setIdEdited(true)
              update({ id })
            }}
            widthClassName="govuk-input--width-20"
            spellCheck={false}
            autoComplete="off"
          />
          <RadiosField id="kind" legend="Kind of review" error={errors.fields.kind} options={KIND_OPTIONS} value={values.kind} onChange={(kind) => update({ kind })} />
          <TextareaField
            id="agencies"
            label="Agencies writing an individual management review (IMR)"
            hint="One agency per line, for example Police. Each gets its own IMR."
            error={errors.fields.agencies}
            value={values.agencies}
            onChange={(agencies) => update({ agencies })}
          />
          <h2 className="govuk-heading-m">Key dates</h2>
          <KeyDateFields value={values.dates} errors={errors.dates} onChange={(dates) => update({ dates })} />
          <FormButtons submitLabel="Create review" sending={sending} cancelHref="/" />
        </form>
      </div>
    </div>
  )
}

export function CreateReviewPage() {
  return (
    <>
      <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }]} />
      <AdminOnly what="create reviews">
        <CreateReviewForm />
      </AdminOnly>
    </>
  )
}
