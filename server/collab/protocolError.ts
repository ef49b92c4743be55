/**
 * @module
 * The error a message handler throws for a message it cannot accept; the connection then closes that
 * one socket with `CloseCode.MalformedMessage`.
 */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}
