import { ConfigurationError } from '../errors/client-errors'
import type { ServiceKind } from '../operations/operation-spec'

/**
 * Where one service is reached: `origin` for the connection, `host` and `path` for the signature.
 *
 * @example
 * ```ts
 * const endpoint: Endpoint = { origin: 'http://localhost:8000', host: 'localhost:8000', path: '/', hostname: 'localhost' }
 * ```
 */
export interface Endpoint {
  readonly origin: string
  readonly host: string
  readonly path: string
  readonly hostname: string
}

export function parseEndpoint(value: string | URL): Endpoint {
  let url: URL
  try {
    url = new URL(value.toString())
  } catch (cause) {
    throw new ConfigurationError({
      message: `Invalid endpoint "${value.toString()}"`,
      hint: 'Use a full URL such as http://localhost:8000 or https://dynamodb.eu-west-1.amazonaws.com.',
      cause,
    })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError({
      message: `Unsupported endpoint protocol ${url.protocol}`,
      hint: 'Use http: or https:.',
    })
  }
  const path = url.pathname || '/'
  return { origin: url.origin, host: url.host, path, hostname: url.hostname }
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0|.+\.localhost)$/i

/** DynamoDB Local and friends: loopback hosts, where dummy credentials and us-east-1 are fine. */
export function isLocalEndpoint(endpoint: Endpoint | undefined): boolean {
  return endpoint !== undefined && LOOPBACK.test(endpoint.hostname)
}

/** The public AWS endpoint of a service in a region. */
export function awsEndpoint(service: ServiceKind, region: string): Endpoint {
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  const host = service === 'streams' ? `streams.dynamodb.${region}.${suffix}` : `dynamodb.${region}.${suffix}`
  return parseEndpoint(`https://${host}`)
}

type Env = Readonly<Record<string, string | undefined>>

/** Explicit endpoint, then AWS_ENDPOINT_URL_DYNAMODB[_STREAMS], then AWS_ENDPOINT_URL. */
export function configuredEndpoint(
  service: ServiceKind,
  explicit: string | URL | undefined,
  env: Env,
): Endpoint | undefined {
  const fromEnv =
    service === 'streams'
      ? (env.AWS_ENDPOINT_URL_DYNAMODB_STREAMS ?? env.AWS_ENDPOINT_URL_DYNAMODB)
      : env.AWS_ENDPOINT_URL_DYNAMODB
  const chosen = explicit ?? fromEnv ?? env.AWS_ENDPOINT_URL
  return chosen ? parseEndpoint(chosen) : undefined
}
