import type { Credentials } from '../signing/types'
import { credentialsFromContainer } from './container'
import { CredentialsError } from './entry-exports'
import { credentialsFromEnv, type Env } from './env'
import { credentialsFromImds, imdsDisabled } from './imds'
import { credentialsOfProfile } from './profile-chain'
import { type ProfileCredentialsOptions, resolveContextOf } from './resolve-context'
import { loadSharedConfig } from './shared-files'
import { credentialsFromWebIdentity, webIdentityFromEnv } from './web-identity'

/**
 * Options of `fromDefaultChain`: the profile options, plus whether the endpoint is DynamoDB Local.
 *
 * @example
 * ```ts
 * const options: DefaultChainOptions = { profile: 'dev' }
 * const client = new DynamoClient({ credentials: fromDefaultChain(options) })
 * ```
 */
export interface DefaultChainOptions extends ProfileCredentialsOptions {
  /** Endpoint is DynamoDB Local: skip the metadata services and fall back to dummy keys. */
  localEndpoint?: boolean
  /** Timeout of the container endpoint and IMDS calls. Default 1000 ms. */
  metadataTimeoutMs?: number
}

/** What DynamoDB Local is happy with (it checks the shape, not the value). */
export const LOCAL_CREDENTIALS: Credentials = Object.freeze({
  accessKeyId: 'local',
  secretAccessKey: 'local',
})

/**
 * Resolves credentials in the AWS order: environment keys, the shared-files profile (static keys, role
 * assumption, web identity, credential_process, SSO), web identity from the environment (EKS IRSA),
 * container endpoint, EC2 IMDSv2. A named profile (config or AWS_PROFILE) makes the environment keys
 * step skip, as the AWS SDK does. Throws a CredentialsError naming every place searched when nothing
 * answers, or the typed error of the step that was configured but failed.
 */
export async function resolveDefaultCredentials(options: DefaultChainOptions = {}): Promise<Credentials> {
  const env = options.env ?? process.env
  const searched: string[] = []
  const named = options.profile ?? env.AWS_PROFILE
  if (!named) {
    searched.push('environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
    const fromEnv = credentialsFromEnv(env)
    if (fromEnv) return fromEnv
  }
  const profileName = named ?? 'default'
  const config = await loadSharedConfig(env)
  const ctx = resolveContextOf(options, env, config)
  searched.push(`profile "${profileName}" in ${config.paths.credentials} and ${config.paths.config}`)
  const profile = config.profile(profileName)
  if (profile) {
    const fromProfile = await credentialsOfProfile(profile, ctx)
    if (fromProfile) return fromProfile
  } else if (named) {
    throw new CredentialsError({ message: `Profile "${named}" was not found`, searched })
  }
  if (options.localEndpoint) return LOCAL_CREDENTIALS
  searched.push('web identity (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN)')
  const webIdentity = webIdentityFromEnv(env)
  if (webIdentity) return credentialsFromWebIdentity(webIdentity, ctx)
  return fromMetadataServices(env, searched, options.metadataTimeoutMs ?? 1000)
}

async function fromMetadataServices(env: Env, searched: string[], timeoutMs: number): Promise<Credentials> {
  searched.push('container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / FULL_URI)')
  const fromContainer = await credentialsFromContainer(env, timeoutMs)
  if (fromContainer) return fromContainer
  if (!imdsDisabled(env)) {
    searched.push('EC2 instance metadata (IMDSv2)')
    try {
      const fromImds = await credentialsFromImds(env, timeoutMs)
      if (fromImds) return fromImds
    } catch {
      // Not on EC2 (or IMDS blocked): that is the normal case off AWS, reported through `searched`.
    }
  }
  throw new CredentialsError({ message: 'No AWS credentials found', searched })
}
