/**
 * @module
 * Live detection in the report editor: every registered name or alias, and every UK identifier, that
 * is not redacted is underlined where it is, as it is typed. Worked out again a moment after the text
 * or the register changes (longer for a long report, so typing stays quick); until then the last
 * findings move with the text.
 */
import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { findUnredacted, type Finding } from '../../shared/redaction/detection'
import type { RegisterStore } from './registerStore'

export interface DetectionState {
  findings: Finding[]
  decorations: DecorationSet
}

export const detectionKey = new PluginKey<DetectionState>('redactionDetection')

/** Past this document size, detection waits for a pause in typing. */
const LARGE_DOCUMENT = 40_000
const QUICK_DELAY = 120
const CALM_DELAY = 600

const RECOMPUTE = 'recompute'

function decorate(doc: ProseMirrorNode, findings: Finding[]): DecorationSet {
  return DecorationSet.create(
    doc,
    findings.map((finding) => Decoration.inline(finding.from, finding.to, { class: 'app-finding', 'data-finding': finding.label })),
  )
}

const sameFindings = (a: Finding[], b: Finding[]) => a.length === b.length && a.every((finding, index) => finding.from === b[index].from && finding.to === b[index].to && finding.text === b[index].text)

function moved(previous: DetectionState, tr: Transaction): DetectionState {
  const findings = previous.findings
    .map((finding) => ({ ...finding, from: tr.mapping.map(finding.from, 1), to: tr.mapping.map(finding.to, -1) }))
    .filter((finding) => finding.from < finding.to)
  return { findings, decorations: previous.decorations.map(tr.mapping, tr.doc) }
}

class DetectionScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly unsubscribe: () => void

  constructor(
    private readonly view: EditorView,
    store: RegisterStore,
  ) {
    this.unsubscribe = store.register.subscribe(() => this.schedule(0))
  }

  update(view: EditorView, previous: EditorState): void {
    // A new document object is a change; comparing contents would walk the report on every transaction.
    if (view.state.doc !== previous.doc) this.schedule(view.state.doc.content.size > LARGE_DOCUMENT ? CALM_DELAY : QUICK_DELAY)
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      if (!this.view.isDestroyed) this.view.dispatch(this.view.state.tr.setMeta(detectionKey, RECOMPUTE).setMeta('addToHistory', false))
    }, delay)
  }

  destroy(): void {
    clearTimeout(this.timer)
    this.unsubscribe()
  }
}

export function detectionPlugin(store: RegisterStore): Plugin<DetectionState> {
  const detect = (doc: ProseMirrorNode): DetectionState => {
    const findings = findUnredacted(doc, store.matcher)
    return { findings, decorations: decorate(doc, findings) }
  }
  return new Plugin<DetectionState>({
    key: detectionKey,
    state: {
      init: (_config, state) => detect(state.doc),
      apply: (tr, previous) => {
        if (tr.getMeta(detectionKey) === RECOMPUTE) {
          const next = detect(tr.doc)
          return sameFindings(next.findings, previous.findings) && !tr.docChanged ? previous : next
        }
        return tr.docChanged ? moved(previous, tr) : previous
      },
    },
    props: {
      decorations: (state) => detectionKey.getState(state)?.decorations,
    },
    view: (view) => new DetectionScheduler(view, store),
  })
}

/** Marks a transaction so that detection runs on its document at once, not after a pause. */
export const detectNow = (tr: Transaction): Transaction => tr.setMeta(detectionKey, RECOMPUTE)

export function findingsIn(state: EditorState): Finding[] {
  return detectionKey.getState(state)?.findings ?? []
}

/** The finding the selection is in (or touches, for a caret), if any. */
export function findingAtSelection(state: EditorState): Finding | null {
  const { from, to } = state.selection
  return findingsIn(state).find((finding) => finding.from <= from && to <= finding.to) ?? null
}

export const RedactionDetection = Extension.create<{ store: RegisterStore | null }>({
  name: 'redactionDetection',
  addOptions: () => ({ store: null }),
  addProseMirrorPlugins() {
    return this.options.store ? [detectionPlugin(this.options.store)] : []
  },
})
