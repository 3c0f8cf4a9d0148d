/**
 * Set (to true) by the document layer on the wire requests it builds: marshalling has turned every binary
 * into base64 text, so the client's scan of the JSON body for binary objects can be skipped. A symbol key:
 * invisible to JSON, `for...in` and middleware that logs the request.
 */
export const BINARY_FREE: unique symbol = Symbol('dbtooling.binaryFree')

export interface BinaryFreeMark {
  [BINARY_FREE]?: boolean
}
