/**
 * Connection pool and timeout settings.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({
 *   region: 'eu-west-1',
 *   http: { connectTimeoutMs: 1000, requestTimeoutMs: 5000, maxSockets: 100, keepAliveTimeoutMs: 10_000 },
 * })
 * ```
 */
export interface HttpOptions {
  /** Give up on opening a connection after this long. Default 3000 ms. */
  connectTimeoutMs?: number
  /** Give up when the response (headers, or the gap between body chunks) takes longer. Default 30000 ms; 0 = never. */
  requestTimeoutMs?: number
  /** Most simultaneous connections per endpoint. Default 50. */
  maxSockets?: number
  /** Reuse connections between requests. Default true. */
  keepAlive?: boolean
  /** How long an idle kept-alive connection stays open. Default 15000 ms (AWS closes idle ones after ~20 s). */
  keepAliveTimeoutMs?: number
  /**
   * Verify DynamoDB's `x-amz-crc32` header against the response body bytes; a mismatch is a retried
   * `ChecksumMismatchError`. Default true (about 2 µs per 4 KB body with node:zlib).
   */
  checksums?: boolean
}

/**
 * HttpOptions with every default filled in, as a Transport receives them.
 *
 * @example
 * ```ts
 * const http: ResolvedHttpOptions = { ...DEFAULT_HTTP_OPTIONS, requestTimeoutMs: 5000 }
 * const transport = await loadTransport(http)
 * ```
 */
export type ResolvedHttpOptions = Required<HttpOptions>

/**
 * The HTTP settings a client uses for whatever `http` leaves out: 3 s to connect, 30 s per response, 50 sockets, keep-alive for 15 s, CRC-32 checks on.
 *
 * @example
 * ```ts
 * const transport = new FetchTransport({ ...DEFAULT_HTTP_OPTIONS, checksums: false })
 * ```
 */
export const DEFAULT_HTTP_OPTIONS: ResolvedHttpOptions = Object.freeze({
  connectTimeoutMs: 3000,
  requestTimeoutMs: 30_000,
  maxSockets: 50,
  keepAlive: true,
  keepAliveTimeoutMs: 15_000,
  checksums: true,
})

/**
 * One signed HTTP request as the client hands it to a Transport.
 *
 * @example
 * ```ts
 * const request: TransportRequest = {
 *   origin: 'http://localhost:8000',
 *   path: '/',
 *   method: 'POST',
 *   headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
 *   body: '{}',
 * }
 * const response = await transport.send(request)
 * ```
 */
export interface TransportRequest {
  /** `https://host[:port]`, no trailing slash. */
  origin: string
  path: string
  method: 'POST' | 'GET' | 'PUT'
  headers: Record<string, string>
  body: string
  signal?: AbortSignal | undefined
}

/**
 * What a Transport returns for one round trip: status, request id, the server's Date header and the body as text.
 *
 * @example
 * ```ts
 * const response: TransportResponse = await transport.send(request)
 * if (response.statusCode === 200) console.log(JSON.parse(response.body), response.requestId)
 * ```
 */
export interface TransportResponse {
  statusCode: number
  requestId: string | undefined
  /** The response's Date header, used to correct a skewed local clock. */
  serverDate?: string | undefined
  body: string
}

/**
 * One round trip. Implementations throw NetworkError / TimeoutError / AbortError, never raw errors.
 *
 * @example
 * ```ts
 * // A transport that records every request before passing it on (e.g. in tests).
 * const inner = await loadTransport(DEFAULT_HTTP_OPTIONS)
 * const sent: TransportRequest[] = []
 * const recording: Transport = {
 *   kind: 'recording',
 *   send: async (request) => {
 *     sent.push(request)
 *     return inner.send(request)
 *   },
 *   close: () => inner.close(),
 * }
 * const client = new DynamoClient({ endpoint: 'http://localhost:8000', transport: recording })
 * ```
 */
export interface Transport {
  readonly kind: string
  send(request: TransportRequest): Promise<TransportResponse>
  close(): Promise<void>
}
