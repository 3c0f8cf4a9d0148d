/** One HTTP exchange for the credential services (STS, SSO portal, SSO-OIDC); short-lived, so plain fetch. */
export interface HttpAnswer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
}

export interface HttpCall {
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  timeoutMs: number
}

export async function httpCall(url: string, call: HttpCall): Promise<HttpAnswer> {
  const response = await fetch(url, {
    method: call.method,
    headers: call.headers,
    ...(call.body === undefined ? {} : { body: call.body }),
    signal: AbortSignal.timeout(call.timeoutMs),
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** Attempts in all for a credential call that fails transiently (network, 5xx, throttling). */
export const CREDENTIAL_CALL_ATTEMPTS = 3

/**
 * Runs `attempt` up to CREDENTIAL_CALL_ATTEMPTS times while `retryable` says the failure is transient,
 * with exponential backoff and full jitter (100 ms base, as the AWS SDK).
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  retryable: (error: unknown) => boolean,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt()
    } catch (error) {
      if (n >= CREDENTIAL_CALL_ATTEMPTS || !retryable(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * 2 ** n))
    }
  }
}
