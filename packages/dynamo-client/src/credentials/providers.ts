import type { DefaultChainOptions } from './default-chain'
import { type CredentialsProvider, memoizeProvider } from './provider'
import type { ProfileCredentialsOptions } from './resolve-context'

/**
 * Credentials of a shared-config profile (`AWS_PROFILE` / `default` unless named): static keys,
 * `role_arn` with `source_profile` or `credential_source`, `web_identity_token_file`,
 * `credential_process`, or SSO (`sso_session` / legacy `sso_start_url`). Memoised and refreshed five
 * minutes before expiry. The resolvers load on first call, so importing this costs nothing.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ credentials: fromProfile({ profile: 'prod' }) })
 * ```
 */
export function fromProfile(options: ProfileCredentialsOptions = {}): CredentialsProvider {
  return memoizeProvider(async () => {
    const { resolveProfileCredentials } = await import('./lazy-credentials')
    return resolveProfileCredentials(options)
  })
}

/**
 * The client's default chain as a provider, for passing options the client config has no place for
 * (`mfaCodeProvider`, `processTimeoutMs`, `region` for STS, ...): environment, profile, web identity,
 * container, IMDS.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ credentials: fromDefaultChain({ mfaCodeProvider: askForCode }) })
 * ```
 */
export function fromDefaultChain(options: DefaultChainOptions = {}): CredentialsProvider {
  return memoizeProvider(async () => {
    const { resolveDefaultCredentials } = await import('./lazy-credentials')
    return resolveDefaultCredentials(options)
  })
}
