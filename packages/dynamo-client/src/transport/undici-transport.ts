import type { Agent } from 'undici'
import { TimeoutError } from '../errors/client-errors'
import { classifyTransportError } from './classify-error'
import { type Crc32, crc32Js } from './crc32'
import type { ResolvedHttpOptions, Transport, TransportRequest, TransportResponse } from './types'
import { UndiciExchange } from './undici-exchange'
import { verifiedBodyText } from './verify-checksum'

/** What the transport uses of undici: its `Agent` (`import * as undici from 'undici'` is one). */
export type UndiciAgentModule = Pick<typeof import('undici'), 'Agent'>

/** Below this, undici's one-second timer granularity would be a large error. */
const PRECISE_TIMEOUT_BELOW_MS = 5000

/** A response as received: the body still as bytes when it has a checksum to verify. */
interface Received extends Omit<TransportResponse, 'body'> {
  body: string | Uint8Array
  crc: string | undefined
}

function usesOwnTimer(http: ResolvedHttpOptions): boolean {
  return http.requestTimeoutMs > 0 && http.requestTimeoutMs < PRECISE_TIMEOUT_BELOW_MS
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('The operation was aborted')
}

/**
 * Keep-alive pool on undici (one pool per origin, `maxSockets` connections each). Measured faster than
 * node:http's Agent for this request shape; see the README for the figures.
 *
 * @example
 * ```ts
 * import * as undici from 'undici'
 *
 * const transport = new UndiciTransport(undici, { ...DEFAULT_HTTP_OPTIONS, maxSockets: 200 })
 * const client = new DynamoClient({ region: 'eu-west-1', transport })
 * ```
 */
export class UndiciTransport implements Transport {
  readonly kind = 'undici'
  readonly #agent: Agent
  readonly #http: ResolvedHttpOptions
  readonly #crc32: Crc32 | undefined

  /** `crc32` defaults to the pure-JS one; `loadTransport` passes node:zlib's where it exists. */
  constructor(undici: UndiciAgentModule, http: ResolvedHttpOptions, crc32: Crc32 = crc32Js) {
    this.#http = http
    this.#crc32 = http.checksums ? crc32 : undefined
    this.#agent = new undici.Agent({
      connections: http.maxSockets,
      pipelining: http.keepAlive ? 1 : 0,
      keepAliveTimeout: http.keepAliveTimeoutMs,
      connect: { timeout: http.connectTimeoutMs },
      // undici's own timers tick coarsely (about a second): fine for long timeouts and free per request.
      // Shorter timeouts get a precise per-request timer instead (see #exchange).
      headersTimeout: usesOwnTimer(http) ? 0 : http.requestTimeoutMs,
      bodyTimeout: usesOwnTimer(http) ? 0 : http.requestTimeoutMs,
    })
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    const r = await this.#exchange(request)
    // Verified after the exchange: a mismatch is our typed, retryable error, not a failure to classify.
    const body =
      typeof r.body === 'string' ? r.body : verifiedBodyText(r.body, r.crc, this.#crc32 ?? crc32Js, r)
    return { statusCode: r.statusCode, requestId: r.requestId, serverDate: r.serverDate, body }
  }

  async #exchange(request: TransportRequest): Promise<Received> {
    const signal = request.signal
    let timer: ReturnType<typeof setTimeout> | undefined
    let expired = false
    let onAbort: (() => void) | undefined
    try {
      if (signal?.aborted) throw abortReason(signal)
      let handler!: UndiciExchange
      const done = new Promise<UndiciExchange>((resolve, reject) => {
        handler = new UndiciExchange(resolve, reject)
      })
      if (signal !== undefined) {
        onAbort = () => handler.cancel(abortReason(signal))
        signal.addEventListener('abort', onAbort, { once: true })
      }
      // undici's own timers tick coarsely (about a second); short timeouts get a precise timer.
      if (usesOwnTimer(this.#http)) {
        timer = setTimeout(() => {
          expired = true
          handler.cancel(new Error(`no response within ${this.#http.requestTimeoutMs} ms`))
        }, this.#http.requestTimeoutMs)
      }
      this.#agent.dispatch(
        {
          origin: request.origin,
          path: request.path,
          method: request.method,
          headers: request.headers,
          body: request.body,
        },
        handler,
      )
      const r = await done
      const verify = this.#crc32 !== undefined && r.crc !== undefined
      return {
        statusCode: r.statusCode,
        requestId: r.requestId,
        serverDate: r.serverDate,
        body: verify ? r.bytes() : r.bytes().toString(),
        crc: verify ? r.crc : undefined,
      }
    } catch (error) {
      if (expired) {
        throw new TimeoutError({
          message: `No response within ${this.#http.requestTimeoutMs} ms`,
          phase: 'request',
          timeoutMs: this.#http.requestTimeoutMs,
          cause: error,
        })
      }
      throw classifyTransportError(error, this.#http, signal)
    } finally {
      if (timer !== undefined) clearTimeout(timer)
      if (onAbort !== undefined) signal!.removeEventListener('abort', onAbort)
    }
  }

  async close(): Promise<void> {
    await this.#agent.close()
  }
}
