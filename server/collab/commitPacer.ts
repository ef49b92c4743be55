/**
 * @module
 * Paces group commit across documents. Each document appends what it accepted within its append window
 * with one write and one fsync. While few documents are being written, the window is the short
 * `appendWindowMs`; as more are, it lengthens so that the server as a whole makes about
 * `fsyncsPerSecond` log fsyncs a second, up to `maxAppendWindowMs`. Every fsync costs kernel and event
 * loop time that the relay to other clients needs, however little it writes.
 *
 * A longer window only makes "saved" come later: a client keeps every change until the server says it
 * is stored, and sends it again after a reconnect, so no edit is put at risk.
 */
import type { CollabOptions } from './options.js'

export type CommitPacing = Pick<CollabOptions, 'appendWindowMs' | 'maxAppendWindowMs' | 'fsyncsPerSecond'>

export class CommitPacer {
  /** Documents whose append window is open. */
  private openWindows = 0

  constructor(private readonly pacing: CommitPacing) {}

  /** Opens one document's window; returns how long it stays open, in milliseconds. */
  openWindow(): number {
    this.openWindows += 1
    return this.windowMs()
  }

  closeWindow(): void {
    this.openWindows = Math.max(0, this.openWindows - 1)
  }

  windowMs(): number {
    const { appendWindowMs, maxAppendWindowMs, fsyncsPerSecond } = this.pacing
    const shared = (1000 * this.openWindows) / fsyncsPerSecond
    return Math.max(appendWindowMs, Math.min(maxAppendWindowMs, shared))
  }
}
