import { TextField } from '../forms/TextField'
import { accountFieldId } from './createAccountForm'
import type { CreateAccount } from './useCreateAccount'

/** Creates an account for a named person; the server makes its password. */
export function CreateAccountForm({ form }: { form: CreateAccount }) {
  const { values, update, errors } = form
  return (
    <form onSubmit={form.submit} noValidate className="app-add-member" aria-labelledby="create-account-heading">
      <h2 className="govuk-heading-m" id="create-account-heading">
        Create an account
      </h2>
      <p className="govuk-body">A password is made for the new account and shown to you once, for you to give to the person.</p>
      <TextField
        id={accountFieldId('name')}
        label="Full name"
        error={errors.name}
        value={values.name}
        onChange={(name) => update({ name })}
        autoComplete="off"
        spellCheck={false}
        widthClassName="govuk-!-width-two-thirds"
      />
      <TextField
        id={accountFieldId('email')}
        label="Email address"
        hint="Their work email address. They sign in with it."
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errors.email}
        value={values.email}
        onChange={(email) => update({ email })}
        widthClassName="govuk-!-width-two-thirds"
      />
      <button type="submit" className="govuk-button" disabled={form.sending} aria-disabled={form.sending}>
        Create account
      </button>
    </form>
  )
}
