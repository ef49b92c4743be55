/**
 * @module
 * Redacting from the editor: a finding of the live detection ("Redact this"), every unredacted
 * occurrence of one register entity ("Redact all occurrences"), or the selection, and taking a
 * redaction off again. Each is one change, so one undo takes it back.
 */
import { getMarkRange, type Editor } from '@tiptap/core'
import { yUndoPluginKey } from '@tiptap/y-tiptap'
import { findUnredacted, type Finding } from '../../shared/redaction/detection'
import { IDENTIFIER_CATEGORIES } from '../../shared/redaction/identifiers'
import type { RegisterEntity } from '../../shared/redaction/register'
import { REDACTION_MARK, type RedactionAttributes } from '../../shared/schema'
import { detectNow } from './detectionPlugin'
import type { RegisterStore } from './registerStore'

/** How a finding is redacted: linked to its register entity, or ad hoc with the identifier's category. */
export function redactionFor(finding: Finding, entities: readonly RegisterEntity[]): RedactionAttributes {
  const { source } = finding
  if (source.kind === 'register' && entities.some((entity) => entity.id === source.entityId)) return { entityId: source.entityId, category: source.category, reason: null }
  const category = source.kind === 'identifier' ? IDENTIFIER_CATEGORIES[source.identifier] : 'identifier'
  return { entityId: null, category, reason: 'other' }
}

const sourceKey = (finding: Finding) => (finding.source.kind === 'register' ? `register:${finding.source.entityId}` : `identifier:${finding.source.identifier}`)

/** Runs a redaction change as an undo step of its own, never merged with the typing just before or after it. */
function ownUndoStep(editor: Editor, change: () => boolean): boolean {
  const undoManager = yUndoPluginKey.getState(editor.state)?.undoManager as { stopCapturing: () => void } | undefined
  undoManager?.stopCapturing()
  const changed = change()
  undoManager?.stopCapturing()
  return changed
}

function redactRanges(editor: Editor, ranges: Array<{ from: number; to: number; attributes: RedactionAttributes }>): boolean {
  if (ranges.length === 0) return false
  const markType = editor.schema.marks[REDACTION_MARK]
  return ownUndoStep(editor, () =>
    editor
      .chain()
      .focus(undefined, { scrollIntoView: false })
      .command(({ tr }) => {
        for (const range of ranges) tr.addMark(range.from, range.to, markType.create(range.attributes))
        detectNow(tr)
        return true
      })
      .run(),
  )
}

/** The same finding in the document as it is now (it may have moved since it was shown). */
function currentFinding(editor: Editor, store: RegisterStore, shown: Finding): Finding | undefined {
  const candidates = findUnredacted(editor.state.doc, store.matcher).filter((finding) => finding.text === shown.text && sourceKey(finding) === sourceKey(shown))
  return candidates.sort((a, b) => Math.abs(a.from - shown.from) - Math.abs(b.from - shown.from))[0]
}

export function redactFinding(editor: Editor, store: RegisterStore, shown: Finding): boolean {
  const finding = currentFinding(editor, store, shown)
  if (!finding) return false
  return redactRanges(editor, [{ from: finding.from, to: finding.to, attributes: redactionFor(finding, store.register.get().entities) }])
}

/** Every unredacted occurrence of the entity's names and aliases; returns how many were redacted. */
export function redactAllOf(editor: Editor, store: RegisterStore, entityId: string): number {
  const entities = store.register.get().entities
  const findings = findUnredacted(editor.state.doc, store.matcher).filter((finding) => finding.source.kind === 'register' && finding.source.entityId === entityId)
  redactRanges(editor, findings.map((finding) => ({ from: finding.from, to: finding.to, attributes: redactionFor(finding, entities) })))
  return findings.length
}

export function redactSelection(editor: Editor, attributes: RedactionAttributes): boolean {
  return ownUndoStep(editor, () => editor.chain().focus().setRedaction(attributes).command(({ tr }) => Boolean(detectNow(tr))).run())
}

/** Takes the redaction off the whole redacted run the selection is in. */
export function removeRedaction(editor: Editor): boolean {
  return ownUndoStep(editor, () => editor.chain().focus().extendMarkRange(REDACTION_MARK).unsetRedaction().command(({ tr }) => Boolean(detectNow(tr))).run())
}

export const isInRedaction = (editor: Editor): boolean => editor.isActive(REDACTION_MARK)

/** What the selection says (the whole redacted run, for a caret in one), in one line, for a dialog's heading. */
export function selectedText(editor: Editor): string {
  const { state } = editor
  let { from, to } = state.selection
  if (from === to) ({ from, to } = getMarkRange(state.selection.$from, state.schema.marks[REDACTION_MARK]) ?? { from, to })
  return state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim()
}

/** Whether there is something to redact or a redaction to change: text selected, or the caret in a redaction. */
export const canRedact = (editor: Editor): boolean => !editor.state.selection.empty || isInRedaction(editor)
