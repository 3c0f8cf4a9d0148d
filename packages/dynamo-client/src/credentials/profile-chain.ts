import type { Credentials } from '../signing/types'
import { assumeRoleForProfile } from './assume-role'
import { credentialsFromSource } from './credential-source'
import { AssumeRoleError } from './entry-exports'
import { credentialsFromProcess } from './process-credentials'
import type { ResolveContext } from './resolve-context'
import { credentialsFromProfile, type SharedProfile } from './shared-files'
import { credentialsFromSso } from './sso-credentials'
import { credentialsFromWebIdentity } from './web-identity'

/**
 * Credentials of one profile, deciding by its keys in the AWS SDK's order: a profile reached as a
 * source uses its static keys first; then role_arn with a source, static keys, web identity,
 * credential_process, SSO. Undefined when the profile holds no credential settings at all.
 */
export async function credentialsOfProfile(
  profile: SharedProfile,
  ctx: ResolveContext,
  chain: readonly string[] = [profile.name],
): Promise<Credentials | undefined> {
  const values = profile.values
  const staticKeys = credentialsFromProfile(profile)
  if (chain.length > 1 && staticKeys) return staticKeys
  const roleArn = values.get('role_arn')
  if (roleArn && (values.has('source_profile') || values.has('credential_source'))) {
    const source = await sourceCredentials(profile, ctx, chain)
    return assumeRoleForProfile(profile, source, ctx)
  }
  if (staticKeys) return staticKeys
  const tokenFile = values.get('web_identity_token_file')
  if (tokenFile && roleArn) {
    const settings = {
      tokenFile,
      roleArn,
      sessionName: values.get('role_session_name'),
      region: values.get('region'),
    }
    return credentialsFromWebIdentity({ ...settings, profile: profile.name }, ctx)
  }
  const command = values.get('credential_process')
  if (command) return credentialsFromProcess(command, profile.name, ctx.processTimeoutMs)
  if (values.has('sso_session') || values.has('sso_start_url') || values.has('sso_account_id')) {
    return credentialsFromSso(profile, ctx)
  }
  if (roleArn)
    throw roleError(
      profile,
      'invalid-profile',
      'has role_arn but neither source_profile nor credential_source',
    )
  return undefined
}

async function sourceCredentials(profile: SharedProfile, ctx: ResolveContext, chain: readonly string[]) {
  const sourceName = profile.values.get('source_profile')
  const credentialSource = profile.values.get('credential_source')
  if (sourceName && credentialSource) {
    throw roleError(profile, 'invalid-profile', 'sets both source_profile and credential_source; use one')
  }
  if (credentialSource) return credentialsFromSource(profile, credentialSource, ctx)
  const name = sourceName as string
  // A role profile may name itself as source to use its own static keys (the AWS CLI allows this).
  const own = name === profile.name ? credentialsFromProfile(profile) : undefined
  if (own) return own
  if (chain.includes(name)) {
    throw roleError(
      profile,
      'profile-loop',
      `is part of a source_profile loop: ${[...chain, name].join(' -> ')}`,
    )
  }
  const source = ctx.config.profile(name)
  if (!source)
    throw roleError(profile, 'invalid-profile', `names source_profile = ${name}, which does not exist`)
  const credentials = await credentialsOfProfile(source, ctx, [...chain, name])
  if (!credentials)
    throw roleError(profile, 'invalid-profile', `names source_profile = ${name}, which holds no credentials`)
  return credentials
}

function roleError(
  profile: SharedProfile,
  reason: 'invalid-profile' | 'profile-loop',
  what: string,
): AssumeRoleError {
  return new AssumeRoleError({
    reason,
    profile: profile.name,
    roleArn: profile.values.get('role_arn'),
    message: `Profile "${profile.name}" ${what}`,
    hint: 'A role profile needs role_arn plus source_profile (a profile with credentials, not forming a loop) or credential_source (Environment, Ec2InstanceMetadata, EcsContainer).',
  })
}
