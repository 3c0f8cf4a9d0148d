import type { Credentials } from '../signing/types'
import { credentialsFromContainer } from './container'
import { AssumeRoleError } from './entry-exports'
import { credentialsFromEnv } from './env'
import { credentialsFromImds } from './imds'
import type { ResolveContext } from './resolve-context'
import type { SharedProfile } from './shared-files'

type Source = 'Environment' | 'Ec2InstanceMetadata' | 'EcsContainer'

const LOOKUPS: Record<Source, (ctx: ResolveContext) => Promise<Credentials | undefined>> = {
  Environment: async (ctx) => credentialsFromEnv(ctx.env),
  Ec2InstanceMetadata: (ctx) => credentialsFromImds(ctx.env, ctx.httpTimeoutMs),
  EcsContainer: (ctx) => credentialsFromContainer(ctx.env, ctx.httpTimeoutMs),
}

function isSource(value: string): value is Source {
  return Object.hasOwn(LOOKUPS, value)
}

/** Source credentials named by a role profile's `credential_source`. */
export async function credentialsFromSource(
  profile: SharedProfile,
  source: string,
  ctx: ResolveContext,
): Promise<Credentials> {
  const fail = (message: string, hint: string, cause?: unknown) =>
    new AssumeRoleError({
      reason: 'invalid-profile',
      profile: profile.name,
      roleArn: profile.values.get('role_arn'),
      message,
      hint,
      ...(cause === undefined ? {} : { cause }),
    })
  if (!isSource(source)) {
    throw fail(
      `Profile "${profile.name}" has credential_source = ${source}`,
      `Use one of ${Object.keys(LOOKUPS).join(', ')}, or source_profile = <profile with credentials>.`,
    )
  }
  const unavailable = `credential_source = ${source} of profile "${profile.name}" gave no credentials`
  const where =
    source === 'Environment'
      ? 'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.'
      : 'Check that this code runs where that source exists (EC2 instance role / ECS task role).'
  let found: Credentials | undefined
  try {
    found = await LOOKUPS[source](ctx)
  } catch (error) {
    throw fail(unavailable, where, error)
  }
  if (!found) throw fail(unavailable, where)
  return found
}
