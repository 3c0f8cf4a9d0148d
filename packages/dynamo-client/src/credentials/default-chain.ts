import { CredentialsError } from '../errors/client-errors'
import type { Credentials } from '../signing/types'
import { credentialsFromContainer } from './container'
import { credentialsFromEnv, type Env } from './env'
import { credentialsFromImds, imdsDisabled } from './imds'
import { credentialsFromProfile, loadSharedProfile, sharedFilePaths } from './shared-files'

export interface DefaultChainOptions {
  /** Profile named in the client config; AWS_PROFILE otherwise; `default` otherwise. */
  profile?: string | undefined
  env?: Env
  /** Endpoint is DynamoDB Local: skip the metadata services and fall back to dummy keys. */
  localEndpoint?: boolean
  metadataTimeoutMs?: number
}

/** What DynamoDB Local is happy with (it checks the shape, not the value). */
export const LOCAL_CREDENTIALS: Credentials = Object.freeze({
  accessKeyId: 'local',
  secretAccessKey: 'local',
})

/**
 * Resolves credentials in the AWS order: environment, shared files, container endpoint, EC2 IMDSv2.
 * A named profile (config or AWS_PROFILE) makes the environment keys step skip, as the AWS SDK does.
 * Throws a CredentialsError naming every place searched when nothing answers.
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
  const paths = sharedFilePaths(env)
  searched.push(`profile "${profileName}" in ${paths.credentials} and ${paths.config}`)
  const profile = await loadSharedProfile(profileName, env)
  if (profile) {
    const fromProfile = credentialsFromProfile(profile)
    if (fromProfile) return fromProfile
  } else if (named) {
    throw new CredentialsError({ message: `Profile "${named}" was not found`, searched })
  }
  if (options.localEndpoint) return LOCAL_CREDENTIALS
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
