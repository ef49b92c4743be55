// Builds the web client when it is missing or older than its sources, so `npm start` is quick after the first time.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const built = 'dist/client/index.html'

function newestModification(paths) {
  let newest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const stats = statSync(path)
    if (stats.isDirectory()) newest = Math.max(newest, newestModification(readdirSync(path).map((name) => join(path, name))))
    else newest = Math.max(newest, stats.mtimeMs)
  }
  return newest
}

const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json']
if (!existsSync(built) || statSync(built).mtimeMs < newestModification(sources)) {
  console.log('Building the web client…')
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
}
