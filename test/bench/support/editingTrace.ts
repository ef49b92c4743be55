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
