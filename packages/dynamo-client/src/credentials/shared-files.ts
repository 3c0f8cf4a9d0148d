import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { CredentialsError } from '../errors/client-errors'
import type { Credentials } from '../signing/types'
import type { Env } from './env'
import { parseIni } from './ini'

export interface SharedProfile {
  readonly name: string
  readonly values: ReadonlyMap<string, string>
}

export function sharedFilePaths(env: Env): { credentials: string; config: string } {
  const home = env.HOME ?? env.USERPROFILE ?? homedir()
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config'),
  }
}

async function readOptional(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return ''
    throw error
  }
}

/**
 * The named profile merged from both files: `[name]` in credentials wins over `[profile name]` (or
 * `[default]`) in config, as the AWS CLI does. Undefined when neither file mentions it.
 */
export async function loadSharedProfile(name: string, env: Env): Promise<SharedProfile | undefined> {
  const paths = sharedFilePaths(env)
  const [credentialsText, configText] = await Promise.all([
    readOptional(paths.credentials),
    readOptional(paths.config),
  ])
  const fromCredentials = parseIni(credentialsText).get(name)
  const config = parseIni(configText)
  const fromConfig = config.get(`profile ${name}`) ?? (name === 'default' ? config.get('default') : undefined)
  if (!fromCredentials && !fromConfig) return undefined
  return { name, values: new Map([...(fromConfig ?? []), ...(fromCredentials ?? [])]) }
}

/** Static keys from a profile; a profile that needs SSO, role assumption or a process is reported, not guessed. */
export function credentialsFromProfile(profile: SharedProfile): Credentials | undefined {
  const accessKeyId = profile.values.get('aws_access_key_id')
  const secretAccessKey = profile.values.get('aws_secret_access_key')
  if (accessKeyId && secretAccessKey) {
    return {
      accessKeyId,
      secretAccessKey,
      sessionToken: profile.values.get('aws_session_token') || undefined,
    }
  }
  const unsupported = [
    'role_arn',
    'sso_session',
    'sso_start_url',
    'credential_process',
    'web_identity_token_file',
  ]
  const needs = unsupported.find((key) => profile.values.has(key))
  if (needs) {
    throw new CredentialsError({
      message: `Profile "${profile.name}" uses ${needs}, which this client does not resolve by itself`,
      searched: [`profile "${profile.name}"`],
      hint: 'Pass a provider instead, e.g. `credentials: fromNodeProviderChain({ profile })` from @aws-sdk/credential-providers, or export the keys into the environment.',
    })
  }
  return undefined
}
