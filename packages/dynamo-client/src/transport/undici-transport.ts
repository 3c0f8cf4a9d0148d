import type { Agent } from 'undici'
import { TimeoutError } from '../errors/client-errors'
import { classifyTransportError } from './classify-error'
import type { ResolvedHttpOptions, Transport, TransportRequest, TransportResponse } from './types'

type UndiciModule = typeof import('undici')

/** Below this, undici's one-second timer granularity would be a large error. */
const PRECISE_TIMEOUT_BELOW_MS = 5000

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

  constructor(undici: UndiciModule, http: ResolvedHttpOptions) {
    this.#http = http
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
      const body = await response.body.text()
      const { 'x-amzn-requestid': requestId, date } = response.headers
      return {
        statusCode: response.statusCode,
        requestId: typeof requestId === 'string' ? requestId : undefined,
        serverDate: typeof date === 'string' ? date : undefined,
        body,
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
