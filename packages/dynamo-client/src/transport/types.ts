/** Connection pool and timeout settings. */
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

export type ResolvedHttpOptions = Required<HttpOptions>

export const DEFAULT_HTTP_OPTIONS: ResolvedHttpOptions = Object.freeze({
  connectTimeoutMs: 3000,
  requestTimeoutMs: 30_000,
  maxSockets: 50,
  keepAlive: true,
  keepAliveTimeoutMs: 15_000,
  checksums: true,
})

export interface TransportRequest {
  /** `https://host[:port]`, no trailing slash. */
  origin: string
  path: string
  method: 'POST' | 'GET' | 'PUT'
  headers: Record<string, string>
  body: string
  signal?: AbortSignal | undefined
}

export interface TransportResponse {
  statusCode: number
  requestId: string | undefined
  /** The response's Date header, used to correct a skewed local clock. */
  serverDate?: string | undefined
  body: string
}

/** One round trip. Implementations throw NetworkError / TimeoutError / AbortError, never raw errors. */
export interface Transport {
  readonly kind: string
  send(request: TransportRequest): Promise<TransportResponse>
  close(): Promise<void>
}
