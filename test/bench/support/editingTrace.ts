/**
 * @module
 * The real editing trace in `shared/data` (see its README): loading it, and applying one patch to a
 * Y.Text with splice semantics. The trace is pure ASCII, so code points and Yjs indices agree.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import * as Y from 'yjs'
import { z } from 'zod'
import type { Workload } from './replay.js'

/** The handout's data folder sits beside the repository. */
export const DEFAULT_TRACE_PATH = fileURLToPath(new URL('../../../../shared/data/automerge-paper.json.gz', import.meta.url))

const PatchSchema = z.tuple([z.number().int().min(0), z.number().int().min(0), z.string()])
const TraceSchema = z.object({
  startContent: z.string(),
  endContent: z.string(),
  txns: z.array(z.object({ patches: z.array(PatchSchema) })),
})

export type Patch = z.infer<typeof PatchSchema>

export interface EditingTrace {
  startContent: string
  endContent: string
  patches: Patch[]
}

export function loadEditingTrace(path = process.env.BENCH_TRACE ?? DEFAULT_TRACE_PATH): EditingTrace {
  const trace = TraceSchema.parse(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')))
  return { startContent: trace.startContent, endContent: trace.endContent, patches: trace.txns.flatMap((txn) => txn.patches) }
}

export function applyPatch(text: Y.Text, [position, deleted, inserted]: Patch): void {
  if (deleted > 0) text.delete(position, deleted)
  if (inserted.length > 0) text.insert(position, inserted)
}

/** Applies the whole trace to a bare Y.Doc, one transaction per patch; returns milliseconds taken. */
export function replayLocally(trace: EditingTrace): { ms: number; doc: Y.Doc } {
  const doc = new Y.Doc()
  const text = doc.getText('trace')
  text.insert(0, trace.startContent)
  const startedAt = performance.now()
  for (const patch of trace.patches) doc.transact(() => applyPatch(text, patch))
  return { ms: performance.now() - startedAt, doc }
}

/** The text the patches produce, by plain string splicing, to check the replicas against. */
export function spliceAll(start: string, patches: Patch[]): string {
  let text = start
  for (const [position, deleted, inserted] of patches) text = text.slice(0, position) + inserted + text.slice(position + deleted)
  return text
}

/** The trace's patches on the Y.Text `trace`, as a replay workload. */
export function traceWorkload(startContent: string, patches: Patch[], expected = spliceAll(startContent, patches)): Workload {
  const textOf = (doc: Y.Doc) => doc.getText('trace')
  return {
    edits: patches.length,
    setUp: (doc) => textOf(doc).insert(0, startContent),
    apply(doc, index) {
      const patch = patches[index]
      doc.transact(() => applyPatch(textOf(doc), patch))
      return patch[2].length > 0
    },
    // Once every insert has arrived only deletes can remain, and each one shortens the text.
    isComplete: (docB) => textOf(docB).length === expected.length,
    verify(docA, docB) {
      if (textOf(docA).toString() !== expected) throw new Error("A's text is not what the trace produces")
      if (textOf(docB).toString() !== expected) throw new Error("B's text is not what the trace produces")
    },
  }
}
