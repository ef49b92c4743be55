/**
 * @module
 * Mends the document after local edits only. Changes that arrive from other collaborators were mended
 * where they were made; mending them again on every client would make the result flip-flop.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

/** True for a transaction that applies a change from the shared Yjs document, made by someone else. */
export function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey)
  return Boolean(meta && meta.isChangeOrigin)
}

/** A plugin that, after any local change to the document, applies each fix `find` returns in one more transaction. */
export function localEditFixesPlugin<Fix>(name: string, find: (doc: ProseMirrorNode) => Fix[], apply: (tr: Transaction, fix: Fix) => void): Plugin {
  return new Plugin({
    key: new PluginKey(name),
    appendTransaction: (transactions, _oldState, newState) => {
      if (!transactions.some((tr) => tr.docChanged && !isRemoteChange(tr))) return null
      const fixes = find(newState.doc)
      if (fixes.length === 0) return null
      const tr = newState.tr
      for (const fix of fixes) apply(tr, fix)
      return tr
    },
  })
}
