/**
 * @module
 * `npm start`: reads the configuration, starts the server and saves every open document on
 * SIGINT/SIGTERM before exiting.
 */
import { readConfig, type ServerConfig } from './config.js'
import { log } from './log.js'
import { startServer, type RunningServer } from './server.js'

function explainStartFailure(error: unknown, config: ServerConfig | null): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'EADDRINUSE' && config) return `Port ${config.port} is already in use. Stop the other program or set PORT to another port.`
  if (code === 'EACCES' && config) return `Not allowed to listen on ${config.host}:${config.port} or to write to ${config.dataDir}.`
  return error instanceof Error ? error.message : String(error)
}

let config: ServerConfig | null = null
let server: RunningServer
try {
  config = readConfig()
  server = await startServer(config)
} catch (error) {
  console.error(`Overview Studio could not start: ${explainStartFailure(error, config)}`)
  process.exit(1)
}
if (server.firstStartLines.length > 0) {
  console.log(['', 'First start: these accounts were created. The passwords are shown only this once.', ...server.firstStartLines, ''].join('\n'))
}
log.info('server', `Overview Studio is running at ${server.url} (data in ${config.dataDir})`)

let stopping = false
async function stop(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  log.info('server', `${signal} received: saving open documents`)
  try {
    await server.close()
    process.exit(0)
  } catch (error) {
    log.error('server', 'shutdown failed', error)
    process.exit(1)
  }
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
