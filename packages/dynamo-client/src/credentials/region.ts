import { ConfigurationError } from '../errors/client-errors'
import type { Env } from './env'

export interface RegionOptions {
  region?: string | undefined
  profile?: string | undefined
  env?: Env
  localEndpoint?: boolean
}

/** Region in the AWS order: config, AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`; `us-east-1` for DynamoDB Local. */
export async function resolveRegion(options: RegionOptions): Promise<string> {
  if (options.region) return options.region
  const env = options.env ?? process.env
  const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION
  if (fromEnv) return fromEnv
  // Loaded on demand so runtimes without node:fs never import it when a region is configured.
  const { loadSharedProfile } = await import('./lazy-credentials')
  const profile = await loadSharedProfile(options.profile ?? env.AWS_PROFILE ?? 'default', env)
  const fromProfile = profile?.values.get('region')
  if (fromProfile) return fromProfile
  if (options.localEndpoint) return 'us-east-1'
  throw new ConfigurationError({
    message: 'No AWS region configured',
    hint: 'Pass `region` in the client config, set AWS_REGION, or add `region = ...` to the profile in ~/.aws/config.',
  })
}
