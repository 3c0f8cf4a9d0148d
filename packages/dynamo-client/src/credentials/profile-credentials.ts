import type { Credentials } from '../signing/types'
import { CredentialsError } from './entry-exports'
import { credentialsOfProfile } from './profile-chain'
import { type ProfileCredentialsOptions, resolveContextOf } from './resolve-context'
import { loadSharedConfig } from './shared-files'

/** Credentials of one named profile, whatever kind it is; an error when it is missing or empty. */
export async function resolveProfileCredentials(
  options: ProfileCredentialsOptions = {},
): Promise<Credentials> {
  const env = options.env ?? process.env
  const name = options.profile ?? env.AWS_PROFILE ?? 'default'
  const config = await loadSharedConfig(env)
  const searched = [`profile "${name}" in ${config.paths.credentials} and ${config.paths.config}`]
  const profile = config.profile(name)
  if (!profile) throw new CredentialsError({ message: `Profile "${name}" was not found`, searched })
  const credentials = await credentialsOfProfile(profile, resolveContextOf(options, env, config))
  if (credentials) return credentials
  throw new CredentialsError({
    message: `Profile "${name}" holds no credentials`,
    searched,
    hint: 'Give the profile aws_access_key_id/aws_secret_access_key, role_arn with source_profile or credential_source, web_identity_token_file, credential_process, or SSO settings (aws configure sso).',
  })
}
