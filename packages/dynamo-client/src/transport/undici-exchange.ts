import type { Dispatcher } from 'undici'

/**
 * One request's handler for undici's `dispatch`: it keeps the status, the three response headers the
 * client reads and the body bytes, and settles once the response is complete.
 *
 * `dispatch` with a handler skips what undici's `request()` builds around every response (a Readable body
 * stream, its consumer and their ticks): about 10 µs less CPU per call, measured on GetItem and
 * BatchWriteItem against the benchmark's canned server.
 */
export class UndiciExchange implements Dispatcher.DispatchHandlers {
  statusCode = 0
  requestId: string | undefined = undefined
  serverDate: string | undefined = undefined
  crc: string | undefined = undefined
  readonly #chunks: Buffer[] = []
  #abort: ((reason?: Error) => void) | undefined = undefined
  /** A cancel that came before undici handed over its abort function. */
  #pendingCancel: Error | undefined = undefined
  #settled = false
  readonly #resolve: (exchange: UndiciExchange) => void
  readonly #reject: (error: unknown) => void

  constructor(resolve: (exchange: UndiciExchange) => void, reject: (error: unknown) => void) {
    this.#resolve = resolve
    this.#reject = reject
  }

  /** Stops the request (abort signal, deadline); the promise rejects with `reason`. */
  cancel(reason: Error): void {
    if (this.#settled) return
    if (this.#abort !== undefined) this.#abort(reason)
    else this.#pendingCancel = reason
  }

  /** The body as received, one buffer. */
  bytes(): Buffer {
    const chunks = this.#chunks
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
  }

  onConnect(abort: (reason?: Error) => void): void {
    if (this.#pendingCancel !== undefined) abort(this.#pendingCancel)
    else this.#abort = abort
  }

  onHeaders(statusCode: number, headers: Buffer[] | string[] | null): boolean {
    // 1xx answers come before the real one; keep only the last.
    this.statusCode = statusCode
    if (headers === null) return true
    for (let i = 0; i + 1 < headers.length; i += 2) {
      const name = headers[i]!
      // Only the lengths of the three names wanted are decoded: date (4), x-amz-crc32 (11), x-amzn-requestid (16).
      const length = name.length
      if (length !== 4 && length !== 11 && length !== 16) continue
      const text = name.toString().toLowerCase()
      if (text === 'x-amzn-requestid') this.requestId = headers[i + 1]!.toString()
      else if (text === 'date') this.serverDate = headers[i + 1]!.toString()
      else if (text === 'x-amz-crc32') this.crc = headers[i + 1]!.toString()
    }
    return true
  }

  onData(chunk: Buffer): boolean {
    this.#chunks.push(chunk)
    return true
  }

  onComplete(): void {
    this.#settled = true
    this.#resolve(this)
  }

  onError(error: Error): void {
    this.#settled = true
    this.#reject(error)
  }
}
