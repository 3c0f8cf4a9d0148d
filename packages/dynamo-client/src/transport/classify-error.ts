import { AbortError, NetworkError, TimeoutError } from '../errors/client-errors'
import type { DynamoDBError } from '../errors/dynamodb-error'
import type { ResolvedHttpOptions } from './types'

const CONNECT_TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT'])
const REQUEST_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string') return code
  const cause = (error as { cause?: unknown } | null)?.cause
  return cause && cause !== error ? codeOf(cause) : undefined
}

/** Maps a transport failure (undici, fetch, sockets) to our typed error, keeping the original as `cause`. */
export function classifyTransportError(
  error: unknown,
  http: ResolvedHttpOptions,
  signal: AbortSignal | undefined,
): DynamoDBError {
  const code = codeOf(error)
  const detail = error instanceof Error ? error.message : String(error)
  if (signal?.aborted) return new AbortError({ message: 'Request aborted', cause: error })
  if (code && CONNECT_TIMEOUT_CODES.has(code)) {
    return new TimeoutError({
      message: `Connect timeout after ${http.connectTimeoutMs} ms`,
      phase: 'connect',
      timeoutMs: http.connectTimeoutMs,
      cause: error,
    })
  }
  const name = (error as { name?: unknown } | null)?.name
  if ((code && REQUEST_TIMEOUT_CODES.has(code)) || name === 'TimeoutError') {
    return new TimeoutError({
      message: `No response within ${http.requestTimeoutMs} ms`,
      phase: 'request',
      timeoutMs: http.requestTimeoutMs,
      cause: error,
    })
  }
  return new NetworkError({ message: `Network error${code ? ` (${code})` : ''}: ${detail}`, cause: error })
}
