import type { Credentials } from '../signing/types'

/**
 * Anything that can produce credentials, e.g. the AWS SDK's `fromNodeProviderChain()` result.
 *
 * @example
 * ```ts
 * const provider: CredentialsProvider = async () => ({ accessKeyId: 'AKIA...', secretAccessKey: '...', expiration: new Date(Date.now() + 3_600_000) })
 * const client = new DynamoClient({ credentials: provider })
 * ```
 */
export type CredentialsProvider = () => Promise<Credentials>

/**
 * What `config.credentials` accepts: static keys or a provider.
 *
 * @example
 * ```ts
 * const fixed: CredentialsInput = { accessKeyId: 'local', secretAccessKey: 'local' }
 * const chained: CredentialsInput = fromProfile({ profile: 'prod' })
 * const client = new DynamoClient({ credentials: chained })
 * ```
 */
export type CredentialsInput = Credentials | CredentialsProvider

/** Refresh temporary credentials this long before they expire, so no request is signed with dying keys. */
const REFRESH_MARGIN_MS = 5 * 60_000

/**
 * Caches a provider's answer until shortly before it expires; concurrent callers share one in-flight
 * lookup so a burst of requests never fans out into a burst of credential fetches.
 *
 * @example
 * ```ts
 * const cached = memoizeProvider(async () => fetchCredentialsFromVault())
 * const client = new DynamoClient({ credentials: cached })
 * ```
 */
export function memoizeProvider(provider: CredentialsProvider): CredentialsProvider {
  let current: Credentials | undefined
  let pending: Promise<Credentials> | undefined
  return () => {
    if (current && !isExpiring(current)) return Promise.resolve(current)
    if (!pending) {
      pending = provider().then(
        (value) => {
          current = value
          pending = undefined
          return value
        },
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )
    }
    return pending
  }
}

export function isExpiring(credentials: Credentials, now = Date.now()): boolean {
  return credentials.expiration !== undefined && credentials.expiration.getTime() - now < REFRESH_MARGIN_MS
}

/** The part of a credentials object that is safe to show: the key id, shortened. */
export function redactedKeyId(credentials: Credentials): string {
  const id = credentials.accessKeyId
  return id.length > 8 ? `${id.slice(0, 4)}…${id.slice(-4)}` : '****'
}
