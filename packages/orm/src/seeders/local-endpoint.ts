const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0|.+\.localhost)$/i

/** The endpoint a client sends to, as far as it can be known before the first request. */
export function endpointOf(client: { toJSON(): Record<string, unknown> }): string | null {
  const configured = client.toJSON().endpoint
  if (typeof configured === 'string' && configured !== '') return configured
  return process.env.AWS_ENDPOINT_URL_DYNAMODB ?? process.env.AWS_ENDPOINT_URL ?? null
}

/**
 * True for loopback endpoints (DynamoDB Local); AWS itself (no endpoint) is not local.
 *
 * @example
 * ```ts
 * isLocalEndpoint('http://localhost:8000') // true
 * isLocalEndpoint('https://dynamodb.eu-west-1.amazonaws.com') // false
 * isLocalEndpoint(null) // false: no endpoint means AWS
 * ```
 */
export function isLocalEndpoint(endpoint: string | null): boolean {
  if (endpoint === null) return false
  try {
    return LOOPBACK.test(new URL(endpoint).hostname)
  } catch {
    return false
  }
}
