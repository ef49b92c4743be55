/**
 * @module
 * What other features may attach to a loaded document, one concern each (as Hocuspocus extensions
 * do): an extension sees each document once it is loaded and may return what to undo when it is
 * unloaded. The collaboration core knows nothing of what they are for.
 */
import type { CollabDocument } from './collabDocument.js'

export interface CollabExtension {
  onLoad(document: CollabDocument): (() => void) | void
}
