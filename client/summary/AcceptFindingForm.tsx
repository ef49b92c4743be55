import { useId } from 'react'
import { AcceptFindingSchema, type AcceptFinding } from '../../shared/redaction/acceptedFindings'
import { sendJson } from '../api/http'
import { ErrorSummary } from '../forms/ErrorSummary'
import { TextareaField } from '../forms/TextareaField'
import { useForm } from '../forms/useForm'

interface Errors {
  reason?: string
}

/**
 * The author's acceptance of one leak-check finding as not identifying ("Brown is the colour of the
 * car here"), with a written reason. The server records it in the audit log; it is the only way past
 * the check, and only for this exact text.
 */
export function AcceptFindingForm({ reviewId, text, onAccepted }: { reviewId: string; text: string; onAccepted: () => void }) {
  const reasonId = `accept-reason-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const form = useForm<{ reason: string }, Errors, AcceptFinding>({
    initial: { reason: '' },
    noErrors: {},
    check: ({ reason }) => {
      const parsed = AcceptFindingSchema.safeParse({ text, reason })
      if (parsed.success) return { valid: parsed.data, errors: {} }
      return { valid: null, errors: { reason: parsed.error.issues.find((issue) => issue.path[0] === 'reason')?.message ?? parsed.error.issues[0]?.message } }
    },
    send: async (finding) => {
      await sendJson('POST', `/api/reviews/${reviewId}/exports/accepted-findings`, finding)
      onAccepted()
    },
    errorsFrom: (error) => ({ reason: error.message }),
    summary: (errors) => (errors.reason ? [{ href: reasonId, text: errors.reason }] : []),
  })
  return (
    <details className="govuk-details app-accept-finding">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Accept “{text}” as not identifying</span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={form.submit} noValidate>
          <ErrorSummary errors={form.summary} attempt={form.attempt} />
          <TextareaField
            id={reasonId}
            label="Why does this not identify anyone?"
            hint="For example: Brown is the colour of the car here, not the family’s name. This is recorded in the audit log."
            rows={3}
            value={form.values.reason}
            error={form.errors.reason}
            onChange={(reason) => form.update({ reason })}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.sending}>
            Accept as not identifying
          </button>
        </form>
      </div>
    </details>
  )
}
