/**
 * @module
 * WebSocket close codes the collaboration server uses, shared so the client can say what happened.
 * 1xxx are the standard codes; 4xxx are ours and mirror HTTP statuses where one fits.
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnect later. */
  ServiceRestart: 1012,
  /** A message was larger than the server accepts. */
  MessageTooBig: 1009,
  /** A message could not be decoded or was not allowed at this point of the protocol. */
  MalformedMessage: 4400,
  Unauthorized: 4401,
  Forbidden: 4403,
  DocumentNotFound: 4404,
  /** The person's membership or role in the review changed; a new connection gets the new access. */
  AccessChanged: 4409,
  /** The client stopped reading and its outgoing buffer passed the limit. */
  SlowConsumer: 4408,
  TooManyClients: 4429,
  /** The document could not be loaded from storage; it is not edited until it can be. */
  DocumentUnavailable: 4500,
} as const

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

export function describeCloseCode(code: number): string {
  switch (code) {
    case CloseCode.ServiceRestart:
      return 'The server is restarting.'
    case CloseCode.MessageTooBig:
      return 'A change was too large to send.'
    case CloseCode.MalformedMessage:
      return 'The server could not read a message from this page.'
    case CloseCode.Unauthorized:
      return 'You need to sign in again.'
    case CloseCode.Forbidden:
      return 'You do not have access to this document.'
    case CloseCode.DocumentNotFound:
      return 'This document does not exist.'
    case CloseCode.AccessChanged:
      return 'Your access to this review has changed.'
    case CloseCode.SlowConsumer:
      return 'The connection was too slow to keep up.'
    case CloseCode.TooManyClients:
      return 'Too many people have this document open.'
    case CloseCode.DocumentUnavailable:
      return 'The document could not be loaded. Your changes are kept in this page.'
    default:
      return 'The connection was closed.'
  }
}
