/**
 * @module
 * Temporary folders for a benchmark run, removed when the process exits however it exits.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const created: string[] = []
process.once('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true })
})

export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}
