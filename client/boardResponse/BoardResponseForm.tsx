import { BOARD_ACCEPTANCE_LABELS, BOARD_ACCEPTANCES, BoardResponseViewSchema, type BoardAcceptance, type BoardResponseView } from '../../shared/api/boardResponse'
import { ProblemPanel } from '../app/ProblemPanel'
import { reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { EditConflict } from '../forms/EditConflict'
import { ErrorSummary } from '../forms/ErrorSummary'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField, type RadioOption } from '../forms/RadiosField'
import { TextareaField } from '../forms/TextareaField'
import { useForm } from '../forms/useForm'
import { sendImrJson } from '../imr/imrApi'
import { boardResponseErrorsFrom, boardResponseSummary, checkBoardResponse, reasonsId, valuesOf, type BoardResponseErrors } from './boardResponseForm'

/** The admin's form, drafting the response for the board; `onSaved` is told once the server has it, `reload` fetches the response anew after a conflict. */
export function BoardResponseForm({ reviewId, title, view, onSaved, reload }: { reviewId: string; title: string; view: BoardResponseView; onSaved: (saved: BoardResponseView) => void; reload: () => void }) {
  const { values, update, errors, attempt, sending, submit } = useForm({
    initial: valuesOf(view),
    noErrors: {} as BoardResponseErrors,
    check: (current) => checkBoardResponse(current, view.boardResponse.revision),
    send: async (response) => onSaved(await sendImrJson('PUT', `/api/reviews/${reviewId}/board-response`, response, BoardResponseViewSchema)),
    errorsFrom: boardResponseErrorsFrom,
    summary: () => [],
  })
  const summary = boardResponseSummary(errors, values.acceptance)
  usePageTitle(`The board’s response: ${title}`, summary.length > 0 || errors.conflict === true || errors.problem !== undefined)
  const reasons = (acceptance: BoardAcceptance) =>
    acceptance === 'accepts-all' ? undefined : (
      <TextareaField id={reasonsId(acceptance)} label="The board’s reasons" error={errors.acceptanceReasons} rows={4} value={values.acceptanceReasons} onChange={(acceptanceReasons) => update({ acceptanceReasons })} />
    )
  const options: RadioOption<BoardAcceptance>[] = BOARD_ACCEPTANCES.map((acceptance) => ({ value: acceptance, label: BOARD_ACCEPTANCE_LABELS[acceptance], conditional: reasons(acceptance) }))
  return (
    <>
      {errors.conflict && <EditConflict subject="response" what="change" onReload={reload} />}
      {errors.problem && <ProblemPanel title="The board’s response could not be saved" error={errors.problem} />}
      <ErrorSummary errors={summary} attempt={attempt} />
      <form onSubmit={submit} noValidate>
        <RadiosField id="acceptance" legend="Does the board accept the findings?" legendClassName="govuk-fieldset__legend--m" error={errors.acceptance} options={options} value={values.acceptance} onChange={(acceptance) => update({ acceptance })} />
        <TextareaField id="actionsTaken" label="Actions already taken" labelClassName="govuk-label--m" hint="What agencies and the board have already changed in response to the findings" error={errors.actionsTaken} rows={6} value={values.actionsTaken} onChange={(actionsTaken) => update({ actionsTaken })} />
        <TextareaField id="impact" label="The impact they had" labelClassName="govuk-label--m" hint="The difference those actions have made, and how the board knows" error={errors.impact} rows={6} value={values.impact} onChange={(impact) => update({ impact })} />
        <TextareaField id="furtherActions" label="What more will be done" labelClassName="govuk-label--m" error={errors.furtherActions} rows={6} value={values.furtherActions} onChange={(furtherActions) => update({ furtherActions })} />
        <div className="govuk-inset-text">This is published with the executive summary. Use the pseudonyms of the register (“Child K”), never a real name: the download is refused while it holds one.</div>
        <FormButtons submitLabel="Save the response" sending={sending} cancelHref={reviewPath(reviewId)} />
      </form>
    </>
  )
}
