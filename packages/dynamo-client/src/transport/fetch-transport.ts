import { classifyTransportError } from './classify-error'
import type { ResolvedHttpOptions, Transport, TransportRequest, TransportResponse } from './types'

/** For runtimes without undici (browsers, edge workers): the platform's fetch with a timeout signal. */
export class FetchTransport implements Transport {
  readonly kind = 'fetch'
  readonly #http: ResolvedHttpOptions

  constructor(http: ResolvedHttpOptions) {
    this.#http = http
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    const signals: AbortSignal[] = []
    if (this.#http.requestTimeoutMs > 0) signals.push(AbortSignal.timeout(this.#http.requestTimeoutMs))
    if (request.signal) signals.push(request.signal)
    const { host: _host, ...headers } = request.headers
    try {
      const response = await fetch(`${request.origin}${request.path}`, {
        method: request.method,
        headers,
        body: request.body,
        ...(signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
      })
      const body = await response.text()
      return {
        statusCode: response.status,
        requestId: response.headers.get('x-amzn-requestid') ?? undefined,
        serverDate: response.headers.get('date') ?? undefined,
        body,
      }
    } catch (error) {
      throw classifyTransportError(error, this.#http, request.signal)
    }
  }

  async close(): Promise<void> {}
}
