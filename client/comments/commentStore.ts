/**
 * @module
 * The report's comment threads as they are in its Y.Doc right now, for React and for the editor's
 * highlighting: read again whenever anyone changes a thread. It watches the doc only while someone
 * listens, so it needs no tearing down.
 */
import { useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { commentsMap, readThreads, type CommentThread } from '../../shared/comments/threads'

export class CommentStore {
  private threads: CommentThread[]
  private readonly listeners = new Set<() => void>()

  constructor(readonly doc: Y.Doc) {
    this.threads = readThreads(doc)
  }

  readonly get = (): CommentThread[] => this.threads

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      commentsMap(this.doc).observeDeep(this.onChange)
      this.threads = readThreads(this.doc)
    }
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) commentsMap(this.doc).unobserveDeep(this.onChange)
    }
  }

  private readonly onChange = () => {
    this.threads = readThreads(this.doc)
    for (const listener of [...this.listeners]) listener()
  }
}

export function useThreads(store: Pick<CommentStore, 'subscribe' | 'get'>): CommentThread[] {
  return useSyncExternalStore(store.subscribe, store.get)
}
