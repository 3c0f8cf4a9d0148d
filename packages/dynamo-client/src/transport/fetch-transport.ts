import { classifyTransportError } from './classify-error'
import { type Crc32, crc32Js } from './crc32'
import type { ResolvedHttpOptions, Transport, TransportRequest, TransportResponse } from './types'
import { verifiedBodyText } from './verify-checksum'

/**
 * For runtimes without undici (browsers, edge workers): the platform's fetch with a timeout signal.
 *
 * @example
 * ```ts
 * // Force fetch (e.g. inside an edge worker) instead of the automatic choice.
 * const client = new DynamoClient({ region: 'eu-west-1', transport: new FetchTransport(DEFAULT_HTTP_OPTIONS) })
 * ```
 */
export class FetchTransport implements Transport {
  readonly kind = 'fetch'
  readonly #http: ResolvedHttpOptions
  readonly #crc32: Crc32

  constructor(http: ResolvedHttpOptions, crc32: Crc32 = crc32Js) {
    this.#http = http
    this.#crc32 = crc32
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    const signals: AbortSignal[] = []
    if (this.#http.requestTimeoutMs > 0) signals.push(AbortSignal.timeout(this.#http.requestTimeoutMs))
    if (request.signal) signals.push(request.signal)
    const { host: _host, ...headers } = request.headers
    let received: { statusCode: number; requestId: string | undefined; serverDate: string | undefined }
    let bytes: Uint8Array
    let crc: string | undefined
    try {
      const response = await fetch(`${request.origin}${request.path}`, {
        method: request.method,
        headers,
        body: request.body,
        ...(signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
      })
      received = {
        statusCode: response.status,
        requestId: response.headers.get('x-amzn-requestid') ?? undefined,
        serverDate: response.headers.get('date') ?? undefined,
      }
      // fetch decompresses transparently, and the header covers the bytes as sent: only identity bodies are checked.
      const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity'
      crc = this.#http.checksums && !encoded ? (response.headers.get('x-amz-crc32') ?? undefined) : undefined
      if (crc === undefined) return { ...received, body: await response.text() }
      bytes = new Uint8Array(await response.arrayBuffer())
    } catch (error) {
      throw classifyTransportError(error, this.#http, request.signal)
    }
    return { ...received, body: verifiedBodyText(bytes, crc, this.#crc32, received) }
  }

  async close(): Promise<void> {}
}
