/**
 * @module
 * `npm run bench`: runs each benchmark script in turn, each in a process of its own, and prints their
 * figures. Run one alone with `npx tsx test/bench/<script>.ts`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { REPOSITORY_ROOT } from '../support/serverProcess.js'

const SCRIPTS = ['large-documents.ts', 'keystroke-latency.ts', 'load.ts', 'storage.ts', 'redaction.ts', 'chronology.ts', 'imr-server.ts']

for (const script of SCRIPTS) {
  console.log(`\n=== test/bench/${script} ===`)
  const path = fileURLToPath(new URL(script, import.meta.url))
  const run = spawnSync(process.execPath, ['--import', 'tsx', path], { cwd: REPOSITORY_ROOT, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`test/bench/${script} failed (${run.signal ?? run.status})`)
    process.exitCode = 1
  }
}
