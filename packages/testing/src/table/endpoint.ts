import { TestingError } from '../errors'

/**
 * The endpoint tests use: the one given, else `DYNAMODB_ENDPOINT` (the global setups set it).
 *
 * @example
 * ```ts
 * const endpoint = resolveEndpoint() // DYNAMODB_ENDPOINT, else throws NO_ENDPOINT
 * ```
 */
export function resolveEndpoint(endpoint?: string): string {
  const found = endpoint ?? process.env.DYNAMODB_ENDPOINT
  if (found) return found
  throw new TestingError(
    'NO_ENDPOINT',
    'No DynamoDB endpoint: none was passed and DYNAMODB_ENDPOINT is not set.',
    "Add @dbtooling/testing/vitest-setup to vitest's globalSetup (or the Jest one), pass { endpoint }, or set DYNAMODB_ENDPOINT.",
  )
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', 'host.docker.internal'])

/**
 * Test tables are created and deleted at will, so only local endpoints are accepted unless asked.
 *
 * @example
 * ```ts
 * assertLocalEndpoint('http://127.0.0.1:8000', false) // fine
 * assertLocalEndpoint('https://dynamodb.us-east-1.amazonaws.com', false) // throws NOT_LOCAL_ENDPOINT
 * ```
 */
export function assertLocalEndpoint(endpoint: string, allowRemote: boolean): void {
  if (allowRemote) return
  let host: string
  try {
    host = new URL(endpoint).hostname
  } catch {
    throw new TestingError(
      'NO_ENDPOINT',
      `"${endpoint}" is not a URL.`,
      'Pass an endpoint such as http://127.0.0.1:8000.',
    )
  }
  if (LOCAL_HOSTS.has(host)) return
  throw new TestingError(
    'NOT_LOCAL_ENDPOINT',
    `Refusing to create and drop test tables on ${endpoint}: it is not a local endpoint.`,
    'Point tests at DynamoDB Local, or pass { allowRemote: true } if this endpoint is a disposable test account.',
  )
}
