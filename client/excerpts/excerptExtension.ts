/**
 * @module
 * The shared excerpt node as the report's editor shows it: a React node view that says when its source
 * changed, over the same attributes (never redefined here). While the report holds excerpts it tells
 * the source store which sources to keep fresh; it also notes whether the author has placed the cursor
 * in the text yet, which decides where "Insert excerpt" puts the next one.
 */
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { ImrExcerpt, IMR_EXCERPT, readExcerptAttributes } from '../../shared/schema/imrExcerpt'
import type { ExcerptNeeds, ExcerptSourceStore } from './excerptSources'
import { ExcerptView } from './ExcerptView'

export interface ExcerptViewOptions {
  sources: ExcerptSourceStore | null
}

export interface ExcerptViewStorage {
  cursorPlaced: boolean
  needsTimer: ReturnType<typeof setTimeout> | undefined
}

declare module '@tiptap/core' {
  interface Storage {
    imrExcerpt: ExcerptViewStorage
  }
}

/** The sources a document's excerpts quote. */
export function excerptNeedsOf(doc: ProseMirrorNode): ExcerptNeeds {
  let chronology = false
  const analysisAgencies = new Set<string>()
  doc.descendants((node) => {
    if (node.type.name !== IMR_EXCERPT) return !node.isTextblock
    const attrs = readExcerptAttributes(node.attrs)
    if (attrs.sourceKind === 'analysis') analysisAgencies.add(attrs.agencyId)
    else chronology = true
    return false
  })
  return { chronology, analysisAgencies: [...analysisAgencies].sort() }
}

/** The source store of an editor's excerpts: null in an IMR, which has none to watch. */
export function excerptStoreOf(editor: Editor): ExcerptSourceStore | null {
  const extension = editor.extensionManager.extensions.find((candidate) => candidate.name === IMR_EXCERPT)
  return (extension?.options as Partial<ExcerptViewOptions> | undefined)?.sources ?? null
}

/** Looking for excerpts walks the report: done once a second at most, not on every keystroke. */
const NEEDS_DELAY_MS = 1000

export const ImrExcerptView = ImrExcerpt.extend<ExcerptViewOptions, ExcerptViewStorage>({
  addOptions() {
    return { sources: null }
  },

  addStorage() {
    return { cursorPlaced: false, needsTimer: undefined }
  },

  addNodeView() {
    return ReactNodeViewRenderer(ExcerptView, { as: 'div', className: 'app-excerpt-view' })
  },

  onCreate() {
    this.options.sources?.want(excerptNeedsOf(this.editor.state.doc))
  },

  onUpdate() {
    const { sources } = this.options
    if (!sources || this.storage.needsTimer) return
    this.storage.needsTimer = setTimeout(() => {
      this.storage.needsTimer = undefined
      if (!this.editor.isDestroyed) sources.want(excerptNeedsOf(this.editor.state.doc))
    }, NEEDS_DELAY_MS)
  },

  onFocus() {
    this.storage.cursorPlaced = true
  },

  onDestroy() {
    clearTimeout(this.storage.needsTimer)
    this.options.sources?.destroy()
  },
})
