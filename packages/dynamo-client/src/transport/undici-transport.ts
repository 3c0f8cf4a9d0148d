import type { Agent } from 'undici'
import { TimeoutError } from '../errors/client-errors'
import { classifyTransportError } from './classify-error'
import { type Crc32, crc32Js } from './crc32'
import type { ResolvedHttpOptions, Transport, TransportRequest, TransportResponse } from './types'
import { verifiedBodyText } from './verify-checksum'

type UndiciModule = typeof import('undici')

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

/**
 * Keep-alive pool on undici (one pool per origin, `maxSockets` connections each). Measured faster than
 * node:http's Agent for this request shape; see the README for the figures.
 */
export class UndiciTransport implements Transport {
  readonly kind = 'undici'
  readonly #agent: Agent
  readonly #http: ResolvedHttpOptions
  readonly #crc32: Crc32 | undefined

  /** `crc32` defaults to the pure-JS one; `loadTransport` passes node:zlib's where it exists. */
  constructor(undici: UndiciModule, http: ResolvedHttpOptions, crc32: Crc32 = crc32Js) {
    this.#http = http
    this.#crc32 = http.checksums ? crc32 : undefined
    this.#agent = new undici.Agent({
      connections: http.maxSockets,
      pipelining: http.keepAlive ? 1 : 0,
      keepAliveTimeout: http.keepAliveTimeoutMs,
      connect: { timeout: http.connectTimeoutMs },
      // undici's own timers tick coarsely (about a second): fine for long timeouts and free per request.
      // Sub-second timeouts get a precise per-request timer instead (see #deadline).
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
    const deadline = this.#deadline(request.signal)
    try {
      const response = await this.#agent.request({
        origin: request.origin,
        path: request.path,
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: deadline?.controller.signal ?? request.signal ?? null,
      })
      const { 'x-amzn-requestid': requestId, date, 'x-amz-crc32': crc } = response.headers
      const verify = this.#crc32 !== undefined && typeof crc === 'string'
      return {
        statusCode: response.statusCode,
        requestId: typeof requestId === 'string' ? requestId : undefined,
        serverDate: typeof date === 'string' ? date : undefined,
        body: verify ? new Uint8Array(await response.body.arrayBuffer()) : await response.body.text(),
        crc: verify ? crc : undefined,
      }
    } catch (error) {
      if (deadline?.expired) {
        throw new TimeoutError({
          message: `No response within ${this.#http.requestTimeoutMs} ms`,
          phase: 'request',
          timeoutMs: this.#http.requestTimeoutMs,
          cause: error,
        })
      }
      throw classifyTransportError(error, this.#http, request.signal)
    } finally {
      deadline?.dispose()
    }
  }

  /** A precise per-request timer for short timeouts, chained to the caller's AbortSignal. */
  #deadline(signal: AbortSignal | undefined) {
    const ms = this.#http.requestTimeoutMs
    if (!usesOwnTimer(this.#http)) return undefined
    const controller = new AbortController()
    const state = { controller, expired: false, dispose }
    const timer = setTimeout(() => {
      state.expired = true
      controller.abort()
    }, ms)
    const forward = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forward, { once: true })
    function dispose() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forward)
    }
    return state
  }

  async close(): Promise<void> {
    await this.#agent.close()
  }
}
