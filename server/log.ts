/**
 * @module
 * One-line logging. Errors are logged with their message only, never a stack sent to a client.
 */
type Level = 'info' | 'warn' | 'error'

function write(level: Level, area: string, message: string, error?: unknown): void {
  if (process.env.LOG_LEVEL === 'silent') return
  const detail = error instanceof Error ? `: ${error.message}` : error === undefined ? '' : `: ${String(error)}`
  const line = `${new Date().toISOString()} ${level} [${area}] ${message}${detail}`
  if (level === 'info') console.log(line)
  else console.error(line)
}

export const log = {
  info: (area: string, message: string) => write('info', area, message),
  warn: (area: string, message: string, error?: unknown) => write('warn', area, message, error),
  error: (area: string, message: string, error?: unknown) => write('error', area, message, error),
}
