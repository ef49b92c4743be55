/**
 * The buttons of a small editing form (a link, a redaction): save, remove what exists, cancel.
 */
export function DialogButtons({ submitLabel, removeLabel, onRemove, onCancel }: { submitLabel: string; removeLabel?: string; onRemove?: () => void; onCancel: () => void }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button">
        {submitLabel}
      </button>
      {onRemove && removeLabel && (
        <button type="button" className="govuk-button govuk-button--warning" onClick={onRemove}>
          {removeLabel}
        </button>
      )}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
