/**
 * @module
 * How a document opens for a connection: a socket that asks for the saved state (`saved=1` in the URL)
 * reads the server's first messages, where a read-only connection is told so (101) before the saved
 * state (100). A refused upgrade gives its HTTP status.
 */
import { WebSocket } from 'ws'
import { MessageType } from '../../shared/collab/messages.js'

/** How a document opens, or the HTTP status of the refused upgrade. */
export type AccessOutcome = 'write' | 'read' | number

export function probeAccess(url: string): Promise<AccessOutcome> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url)
    let readOnly = false
    const finish = (outcome: AccessOutcome) => {
      socket.terminate()
      resolve(outcome)
    }
    socket.on('error', reject)
    socket.once('close', (code) => reject(new Error(`${url} closed with ${code} before saying what is saved`)))
    socket.once('unexpected-response', (_request, response) => finish(response.statusCode ?? 0))
    socket.on('message', (data: Buffer) => {
      if (data[0] === MessageType.ReadOnly) readOnly = true
      if (data[0] === MessageType.SavedState) finish(readOnly ? 'read' : 'write')
    })
  })
}
