/**
 * @module
 * `npm start`: reads the configuration, starts the server and saves every open document on
 * SIGINT/SIGTERM before exiting.
 */
import { readConfig } from './config.js'
import { log } from './log.js'
import { startServer } from './server.js'

const config = readConfig()
const server = await startServer(config)
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
