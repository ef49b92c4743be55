import { useState } from 'react'
import { signOut, useSession } from './session'

/** The header's account area: who is signed in, and the way out. */
export function SignedInAs() {
  const session = useSession()
  const [problem, setProblem] = useState<string | null>(null)
  if (session.status !== 'signed-in') return null
  const leave = () => {
    setProblem(null)
    signOut().catch((error: unknown) => setProblem(error instanceof Error ? error.message : 'You could not be signed out. Try again.'))
  }
  return (
    <div className="app-header__account">
      <span className="app-header__name">
        <span className="govuk-visually-hidden">Signed in as </span>
        {session.user.name}
      </span>
      <button type="button" className="app-header__sign-out" onClick={leave}>
        Sign out
      </button>
      {problem && (
        <span className="app-header__problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  )
}
